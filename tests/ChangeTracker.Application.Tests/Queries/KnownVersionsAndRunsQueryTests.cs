using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Tests.Queries;

/// <summary>The known-versions and runs queries over a real SQLite file with a small invented history.</summary>
public sealed class KnownVersionsAndRunsQueryTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await using var db = await _app.DbAsync();
        await RevisionRows.AddAsync(db, CancellationToken.None); // 1.7, 1.20, 1.26, 1.27 with notes
        db.Releases.Add(new ReleaseRecord { Version = "1.9", SortKey = GoVersion.Parse("1.9").SortKey }); // in the history, notes not stored
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Known_versions_are_every_stored_line_in_go_order()
    {
        var all = await _app.Get<KnownVersionsQuery>().AllAsync(CancellationToken.None);
        Assert.Equal(["1.7", "1.9", "1.20", "1.26", "1.27"], all.Select(v => v.ToString()));
    }

    [Fact]
    public async Task Versions_with_notes_leave_out_lines_whose_page_is_not_stored()
    {
        var withNotes = await _app.Get<KnownVersionsQuery>().WithNotesAsync(CancellationToken.None);
        Assert.Equal(["1.7", "1.20", "1.26", "1.27"], withNotes.Select(v => v.ToString()));
    }

    [Fact]
    public async Task The_platform_matrix_lists_the_known_versions()
    {
        var matrix = await _app.Get<PlatformsQuery>().MatrixAsync(CancellationToken.None);
        Assert.Equal(await _app.Get<KnownVersionsQuery>().AllAsync(CancellationToken.None), matrix.Releases);
    }

    [Fact]
    public async Task Runs_come_newest_first_with_pages_in_order_trigger_and_recomputed_diffs()
    {
        var recorder = _app.Get<RunRecorder>();
        var (first, _) = await recorder.TryStartAsync("https://go.dev", IngestionTriggers.Schedule, CancellationToken.None);
        await recorder.PageAsync(first, new PageReport("/doc/devel/release", null, PageOutcome.Unchanged, null, 0, TimeSpan.FromMilliseconds(3)), CancellationToken.None);
        await recorder.PageAsync(first, new PageReport("/doc/go1.27", "1.27", PageOutcome.Ingested, null, 12, TimeSpan.FromMilliseconds(40)), CancellationToken.None);
        await recorder.FinishAsync(first, null, ["1.26→1.27"], CancellationToken.None);
        var (second, busy) = await recorder.TryStartAsync("https://go.dev", IngestionTriggers.Cli, CancellationToken.None);
        Assert.Null(busy);

        var runs = await _app.Get<RunsQuery>().LatestAsync(10, CancellationToken.None);

        Assert.Equal([second, first], runs.Select(r => r.Id));
        Assert.Equal(("cli", "running", 0), (runs[0].Trigger, runs[0].Outcome, runs[0].DiffsRecomputed));
        Assert.Equal(("schedule", "succeeded", 1), (runs[1].Trigger, runs[1].Outcome, runs[1].DiffsRecomputed));
        Assert.Equal(["/doc/devel/release", "/doc/go1.27"], runs[1].Pages.Select(p => p.Page));
        Assert.Equal((1, 1), (runs[1].Count("ingested"), runs[1].Count("unchanged")));
        Assert.Null(await _app.Get<RunsQuery>().FindAsync(999, CancellationToken.None));
    }
}
