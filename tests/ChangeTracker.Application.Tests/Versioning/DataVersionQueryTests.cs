using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Application.Versioning;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Versioning;

/// <summary>
/// The data version is kept between calls and derived again only when a probe says something was committed: every
/// write below goes through a connection of its own (as another process's would), never through the query's.
/// </summary>
public class DataVersionQueryTests
{
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task A_commit_elsewhere_is_seen_on_the_next_call_and_the_version_follows_the_stored_content_only()
    {
        await using var app = await TestApp.StartAsync(database: Provider);
        var versions = app.Get<DataVersionQuery>();
        var empty = await versions.CurrentAsync(CancellationToken.None);
        Assert.Equal(empty, await versions.CurrentAsync(CancellationToken.None));

        await WriteAsync(app, db => db.SourceDocuments.Add(new SourceDocumentRecord { Path = "/doc/go1.30", ContentHash = "aaa", FetchedAt = Monday }));
        var stored = await versions.CurrentAsync(CancellationToken.None);
        Assert.NotEqual(empty.Tag, stored.Tag);
        Assert.Equal(Monday, stored.ChangedAt);

        await UpdateAsync(app, d => d.SetProperty(r => r.FetchedAt, Monday.AddDays(1)));
        var refetched = await versions.CurrentAsync(CancellationToken.None);
        Assert.Equal(stored.Tag, refetched.Tag);
        Assert.Equal(Monday.AddDays(1), refetched.ChangedAt);

        await UpdateAsync(app, d => d.SetProperty(r => r.ContentHash, "bbb"));
        var edited = await versions.CurrentAsync(CancellationToken.None);
        Assert.NotEqual(stored.Tag, edited.Tag);

        await UpdateAsync(app, d => d.SetProperty(r => r.ContentHash, "aaa"));
        Assert.Equal(stored.Tag, (await versions.CurrentAsync(CancellationToken.None)).Tag);
    }

    [DatabaseFact]
    public async Task Requests_arriving_together_after_a_commit_all_get_the_new_version()
    {
        await using var app = await TestApp.StartAsync(database: Provider);
        var versions = app.Get<DataVersionQuery>();
        var before = await versions.CurrentAsync(CancellationToken.None);

        await WriteAsync(app, db => db.SourceDocuments.Add(new SourceDocumentRecord { Path = "/doc/go1.31", ContentHash = "ccc", FetchedAt = Monday }));
        var together = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => versions.CurrentAsync(CancellationToken.None))));
        Assert.All(together, v => Assert.NotEqual(before.Tag, v.Tag));
        Assert.Single(together.Select(v => v.Tag).Distinct());
    }

    private static async Task WriteAsync(TestApp app, Action<ChangeTrackerDbContext> change)
    {
        await using var db = await app.DbAsync();
        change(db);
        await db.SaveChangesAsync();
    }

    private static async Task UpdateAsync(TestApp app,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SourceDocumentRecord>> set)
    {
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.SourceDocuments.ExecuteUpdateAsync(set));
    }
}

public sealed class DataVersionQueryOnPostgreSqlTests : DataVersionQueryTests, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
