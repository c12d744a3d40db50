using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Storage;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Ingestion;

/// <summary>One cold ingest of ../shared/go-site, then a second one over the unchanged copy, shared by the tests of a class.</summary>
public class GoSiteIngestionFixture : IAsyncLifetime
{
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public TestApp App { get; private set; } = null!;
    public IngestionReport First { get; private set; } = null!;
    public IngestionReport Second { get; private set; } = null!;
    public Dictionary<string, (long Rows, string Digest)> AfterFirst { get; private set; } = null!;
    public Dictionary<string, (long Rows, string Digest)> AfterSecond { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (GoSite.SkipReason is not null || Provider == DatabaseProvider.PostgreSql && TestPostgres.SkipReason is not null) return;
        App = await TestApp.StartAsync(database: Provider);
        var useCase = App.Get<IngestionUseCase>();
        First = await useCase.RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        await using (var db = await App.DbAsync()) AfterFirst = await DatabaseSnapshot.TakeAsync(db);
        Second = await useCase.RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        await using (var db = await App.DbAsync()) AfterSecond = await DatabaseSnapshot.TakeAsync(db);
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
    }
}

/// <summary>The same two ingestions stored in a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlGoSiteIngestionFixture : GoSiteIngestionFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
