using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Jobs.Tests.Support;
using ChangeTracker.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Jobs.Tests;

/// <summary>Each test hosts its own Hangfire server; xunit.runner.json keeps them from running in parallel.</summary>
public sealed class JobsTests
{
    [Fact]
    public async Task The_recurring_ingestion_is_registered_with_the_configured_cron()
    {
        await using var app = new JobsApp("https://example.invalid", cron: "*/15 * * * *");
        _ = app.Services; // starts the host: migrations, Hangfire, recurring job registration
        using var connection = app.Get<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ScheduledIngestionJob.RecurringJobId);
        Assert.Equal("*/15 * * * *", job.Cron);
        Assert.Equal(typeof(ScheduledIngestionJob), job.Job.Type);
    }

    [GoSiteFact]
    public async Task The_same_version_enqueued_twice_at_once_is_stored_once()
    {
        await using var app = new JobsApp(GoSite.Require());
        await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require(), Versions: []), null, CancellationToken.None);
        var queue = app.Get<IJobQueue>();

        queue.EnqueueVersion(GoSite.Require(), "1.12");
        queue.EnqueueVersion(GoSite.Require(), "1.12");
        await Task.WhenAll(
            app.Get<VersionIngestionJob>().RunAsync(GoSite.Require(), "1.12", CancellationToken.None),
            app.Get<VersionIngestionJob>().RunAsync(GoSite.Require(), "1.12", CancellationToken.None));
        await JobsApp.WaitForAsync(async () =>
        {
            await using var db = await app.DbAsync();
            return await db.IngestionRuns.CountAsync(r => r.Trigger == "job" && r.FinishedAt != null) >= 4;
        }, "four runs of the 1.12 job");

        await using var db = await app.DbAsync();
        var release = await db.Releases.SingleAsync(r => r.Version == "1.12");
        var items = await db.Items.Where(i => i.ReleaseId == release.Id).ToListAsync();
        Assert.Equal(items.Count, items.Select(i => i.Ordinal).Distinct().Count());
        var expected = ChangeTracker.Parsing.ReleaseNotesParser.Parse(await File.ReadAllTextAsync(GoSite.File("doc/go1.12.html")), GoVersion.Parse("1.12")).Value!;
        Assert.Equal(expected.Items.Count(), items.Count);
        Assert.All(await db.IngestionRuns.Where(r => r.Trigger == "job").ToListAsync(), r => Assert.Equal("succeeded", r.Outcome));
    }

    [GoSiteFact]
    public async Task A_source_that_fails_twice_then_succeeds_is_retried_to_success()
    {
        await using var server = await FaultySiteServer.StartAsync(GoSite.Require(), new Dictionary<string, Fault> { ["/doc/go1.12"] = Fault.FailTwiceThenServe });
        await using var app = new JobsApp(server.BaseAddress);
        await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(server.BaseAddress, Versions: [], IncludeDownloads: false), null, CancellationToken.None);

        var jobId = app.Get<IJobQueue>().EnqueueVersion(server.BaseAddress, "1.12");
        await JobsApp.WaitForAsync(() => Task.FromResult(app.Get<JobStorage>().GetConnection().GetJobData(jobId)?.State == "Succeeded"), "the 1.12 job to succeed");

        Assert.Equal(3, server.Hits("/doc/go1.12"));
        await using var db = await app.DbAsync();
        Assert.NotNull((await db.Releases.SingleAsync(r => r.Version == "1.12")).ContentHash);
    }

    [GoSiteFact]
    public async Task A_stored_diff_is_recomputed_after_its_version_is_reingested_with_changed_content()
    {
        using var site = new SiteCopy();
        await using var app = new JobsApp(site.Path);
        await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(site.Path), null, CancellationToken.None);
        await app.Get<StoredDiffs>().RecomputeAsync(null, CancellationToken.None);
        var before = await StoredDiffAsync(app, "1.12", "1.13");

        const string marker = "Our test build now hums quietly while it collects garbage.";
        var page = File.ReadAllText(site.File("doc/go1.13.html"));
        File.WriteAllText(site.File("doc/go1.13.html"), page.Replace("<h2 id=\"runtime\">Runtime</h2>", $"<h2 id=\"runtime\">Runtime</h2>\n<p>{marker}</p>"));
        var jobId = app.Get<IJobQueue>().EnqueueVersion(site.Path, "1.13");

        await JobsApp.WaitForAsync(async () => (await StoredDiffAsync(app, "1.12", "1.13")).ComputedAt > before.ComputedAt, "the 1.12→1.13 diff to be recomputed");
        var after = await StoredDiffAsync(app, "1.12", "1.13");
        Assert.NotEqual(before.InputsHash, after.InputsHash);
        Assert.Contains(after.Summaries, s => s.Contains("hums quietly"));
        Assert.DoesNotContain(before.Summaries, s => s.Contains("hums quietly"));
        var diff = await app.Get<DiffUseCase>().DiffAsync(GoVersion.Parse("1.12"), GoVersion.Parse("1.13"), CancellationToken.None);
        Assert.Contains(diff.Facts, f => f.Summary.Contains("hums quietly"));
    }

    [GoSiteFact]
    public async Task A_report_export_runs_as_a_job_and_writes_the_same_report_as_the_cli()
    {
        await using var app = new JobsApp(GoSite.Require());
        await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);

        var jobId = app.Get<IJobQueue>().EnqueueExport("1.12", "1.13", "md");
        await JobsApp.WaitForAsync(() => Task.FromResult(app.Get<JobStorage>().GetConnection().GetJobData(jobId)?.State == "Succeeded"), "the export job");

        var file = Path.Combine(app.Folder, "exports", "go1.12-to-go1.13.md");
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# Go 1.12 → Go 1.13", text);
        Assert.Contains("macOS 10.10", text);
    }

    private static async Task<(DateTimeOffset ComputedAt, string InputsHash, List<string> Summaries)> StoredDiffAsync(JobsApp app, string from, string to)
    {
        await using var db = await app.DbAsync();
        var diff = await db.StoredDiffs.Include(d => d.Facts).SingleAsync(d => d.FromVersion == from && d.ToVersion == to);
        return (diff.ComputedAt, diff.InputsHash, diff.Facts.Select(f => f.Summary).ToList());
    }
}
