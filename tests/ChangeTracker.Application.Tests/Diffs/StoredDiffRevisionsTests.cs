using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Tests.Diffs;

/// <summary>A stored diff keeps a revision's "should not be used" flag and its missing date (real SQLite file).</summary>
public sealed class StoredDiffRevisionsTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await using var db = await _app.DbAsync();
        await RevisionRows.AddAsync(db, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_flag_and_the_missing_date_survive_storing_and_reading_back()
    {
        var stored = _app.Get<StoredDiffs>();
        Assert.Equal(3, await stored.RecomputeAsync(null, CancellationToken.None));

        var diff = await stored.FindAsync(GoVersion.Parse("1.7"), GoVersion.Parse("1.20"), CancellationToken.None);

        Assert.NotNull(diff);
        Assert.Equal(["1.7.1", "1.7.2"], diff.Revisions.Select(r => r.Version.ToString()));
        Assert.Equal([false, true], diff.Revisions.Select(r => r.ShouldNotBeUsed));
        Assert.Equal([new DateOnly(2016, 9, 7), (DateOnly?)null], diff.Revisions.Select(r => r.Date));
    }
}
