using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Queries;

/// <summary>The queries over a real SQLite file: flagged revisions are listed but never the latest.</summary>
public class LatestRevisionQueryTests : IAsyncLifetime
{
    private TestApp _app = null!;

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(database: Provider);
        await using var db = await _app.DbAsync();
        await RevisionRows.AddAsync(db, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Versions_never_give_a_flagged_revision_as_latest_and_fall_back_to_the_first_release()
    {
        var rows = (await _app.Get<VersionsQuery>().ListAsync(CancellationToken.None)).ToDictionary(r => r.Version);

        Assert.Equal(("1.7.1", 2), (rows["1.7"].LatestRevision, rows["1.7"].Revisions));
        Assert.Equal(("1.20", 0), (rows["1.20"].LatestRevision, rows["1.20"].Revisions));
        Assert.Equal("1.26.1", rows["1.26"].LatestRevision);
        Assert.Equal(("1.27.0", 0), (rows["1.27"].LatestRevision, rows["1.27"].Revisions));
    }

    [Fact]
    public async Task Versions_read_every_column_as_stored()
    {
        var rows = await _app.Get<VersionsQuery>().ListAsync(CancellationToken.None);

        Assert.Equal(["1.7", "1.20", "1.26", "1.27"], rows.Select(r => r.Version));
        var first = rows[0];
        Assert.Equal((new DateOnly(2016, 8, 15), RevisionRows.IngestedAt, "https://go.dev/doc/go1.7"), (first.ReleaseDate, first.IngestedAt, first.NotesUrl));
        Assert.Equal((0, 0), (first.Items, first.Facts));
        Assert.Equal(new DateOnly(2016, 9, 7), first.LatestRevisionDate);
        Assert.Null(rows[1].IngestedAt);
        Assert.All(rows, r => Assert.Null(r.Eol)); // no stored line has its N+2 stored
    }

    [Fact]
    public async Task The_overview_uses_the_same_rule()
    {
        var overview = await _app.Get<OverviewQuery>().GetAsync(CancellationToken.None);
        var latest = overview.LatestReleases.ToDictionary(r => r.Version.ToString(), r => r.LatestRevision);

        Assert.Equal("1.27.0", latest["1.27"]);
        Assert.Equal("1.26.1", latest["1.26"]);
        Assert.Equal("1.20", latest["1.20"]);
        Assert.Equal("1.7.1", latest["1.7"]);
        Assert.Equal(3, overview.Revisions);
    }

    [Fact]
    public async Task The_release_page_lists_the_flagged_revision_with_its_flag_and_no_date()
    {
        var release = await _app.Get<ReleaseQuery>().FindAsync(GoVersion.Parse("1.7"), CancellationToken.None);

        Assert.NotNull(release);
        Assert.Equal(["1.7.1", "1.7.2"], release.Revisions.Select(r => r.Version));
        var flagged = release.Revisions[1];
        Assert.True(flagged.ShouldNotBeUsed);
        Assert.Null(flagged.Date);
        Assert.Empty(flagged.Components);
        Assert.False(release.Revisions[0].ShouldNotBeUsed);
        Assert.Equal(new DateOnly(2016, 9, 7), release.Revisions[0].Date);
    }
}

/// <summary>The same queries on a real PostgreSQL server.</summary>
public sealed class LatestRevisionQueryOnPostgreSqlTests : LatestRevisionQueryTests, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
