using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Storage.Records;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Ingestion;

/// <summary>One ingestion of a source at a time, and every run names its trigger.</summary>
public sealed class IngestionFlowTests
{
    [GoSiteFact]
    public async Task A_second_ingestion_of_a_source_under_way_is_skipped_and_says_which_run_it_joined()
    {
        await using var app = await TestApp.StartAsync();
        var ingestion = app.Get<IngestionUseCase>();
        var first = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Schedule, CancellationToken.None);
        Assert.Null(first.Busy);

        var second = await ingestion.RunAsync(new IngestionRequest(GoSite.Require(), Trigger: IngestionTriggers.Cli), null, CancellationToken.None);

        Assert.NotNull(second.SkippedFor);
        Assert.Equal((first.RunId, "schedule"), (second.SkippedFor.Id, second.SkippedFor.Trigger));
        Assert.StartsWith($"skipped: run {first.RunId} (schedule, started ", second.Summary);
        await using var db = await app.DbAsync();
        var run = Assert.Single(await db.IngestionRuns.ToListAsync());
        Assert.Equal(("schedule", "running"), (run.Trigger, run.Outcome));
    }

    [GoSiteFact]
    public async Task A_run_whose_lease_lapsed_no_longer_holds_the_source()
    {
        await using var app = await TestApp.StartAsync();
        var location = Path.GetFullPath(GoSite.Require());
        var ingestion = app.Get<IngestionUseCase>();
        var probe = await ingestion.BeginAsync(location, IngestionTriggers.Manual, CancellationToken.None);
        await using (var db = await app.DbAsync())
        {
            var run = await db.IngestionRuns.SingleAsync(r => r.Id == probe.RunId);
            run.HeartbeatAt = DateTimeOffset.UtcNow - app.Get<RunRecorder>().Lease - TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync();
        }

        var report = await ingestion.RunAsync(new IngestionRequest(location, Versions: [Domain.Versions.GoVersion.Parse("1.12")], IncludeDownloads: false), null, CancellationToken.None);

        Assert.Null(report.SkippedFor);
        Assert.True(report.Succeeded, report.Summary);
        await using var check = await app.DbAsync();
        var runs = await check.IngestionRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.Equal("abandoned", runs[0].Outcome);
        Assert.StartsWith("abandoned: last alive at ", runs[0].Error);
        Assert.Equal(("cli", "succeeded"), (runs[1].Trigger, runs[1].Outcome));
    }

    [GoSiteFact]
    public async Task Queued_steps_keep_the_run_open_until_the_last_one_finishes_it_once()
    {
        await using var app = await TestApp.StartAsync();
        var ingestion = app.Get<IngestionUseCase>();
        var versions = new[] { Domain.Versions.GoVersion.Parse("1.11"), Domain.Versions.GoVersion.Parse("1.12") };
        var start = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Startup, CancellationToken.None);
        await ingestion.DiscoverAsync(start.RunId, new IngestionRequest(GoSite.Require(), Versions: versions, IncludeDownloads: false), null, CancellationToken.None);
        await ingestion.QueueVersionsAsync(start.RunId, versions, CancellationToken.None);

        await ingestion.IngestVersionAsync(start.RunId, GoSite.Require(), versions[0], force: false, willRetry: false, CancellationToken.None);
        Assert.Null(await ingestion.FinishIfDoneAsync(start.RunId, CancellationToken.None));
        await ingestion.IngestVersionAsync(start.RunId, GoSite.Require(), versions[1], force: false, willRetry: false, CancellationToken.None);
        var finished = await ingestion.FinishIfDoneAsync(start.RunId, CancellationToken.None);
        Assert.Null(await ingestion.FinishIfDoneAsync(start.RunId, CancellationToken.None));

        Assert.NotNull(finished);
        Assert.True(finished.Succeeded, finished.Summary);
        Assert.Equal(["1.11→1.12"], finished.DiffsRecomputed);
        await using var db = await app.DbAsync();
        var run = await db.IngestionRuns.Include(r => r.Pages).SingleAsync();
        Assert.Equal(("startup", "succeeded", 1), (run.Trigger, run.Outcome, run.DiffsRecomputed));
        Assert.Equal(["/doc/devel/release", "/doc/go1.11", "/doc/go1.12"], run.Pages.Select(p => p.Page).Order());
        Assert.All(run.Pages, p => Assert.Equal("ingested", p.Outcome));
    }
}
