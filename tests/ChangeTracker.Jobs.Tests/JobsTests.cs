using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Jobs.Tests.Support;
using ChangeTracker.Testing;
using Hangfire;
using Hangfire.Storage;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Jobs.Tests;

/// <summary>
/// Each test hosts its own Hangfire server over a database of its own, on each provider; xunit.runner.json keeps them
/// from running in parallel.
/// </summary>
public abstract class JobsTests
{
    protected abstract DatabaseProvider Provider { get; }

    private JobsApp App(string source, string cron = "0 3 * * *") => new(source, Provider, cron);

    [DatabaseFact]
    public async Task The_recurring_ingestion_is_registered_with_the_configured_cron()
    {
        await using var app = App("https://example.invalid", cron: "*/15 * * * *");
        _ = app.Services; // starts the host: migrations, Hangfire, recurring job registration
        using var connection = app.Get<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ScheduledIngestionJob.RecurringJobId);
        Assert.Equal("*/15 * * * *", job.Cron);
        Assert.Equal(typeof(ScheduledIngestionJob), job.Job.Type);
        var status = await app.Get<IIngestionSchedule>().GetAsync(CancellationToken.None);
        Assert.Equal("*/15 * * * *", status.Cron);
        Assert.NotNull(status.NextRun);
    }

    [GoSiteFact]
    public async Task The_same_version_step_run_twice_at_once_is_stored_once_under_its_run()
    {
        await using var app = App(GoSite.Require());
        var ingestion = app.Get<IngestionUseCase>();
        var start = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Manual, CancellationToken.None);
        await ingestion.DiscoverAsync(start.RunId, new IngestionRequest(GoSite.Require(), Versions: [GoVersion.Parse("1.12")], IncludeDownloads: false), null, CancellationToken.None);
        await ingestion.QueueVersionsAsync(start.RunId, [GoVersion.Parse("1.12")], CancellationToken.None);

        await Task.WhenAll(
            app.Get<VersionIngestionJob>().RunAsync(start.RunId, GoSite.Require(), "1.12", null, CancellationToken.None),
            app.Get<VersionIngestionJob>().RunAsync(start.RunId, GoSite.Require(), "1.12", null, CancellationToken.None));

        await using var db = await app.DbAsync();
        var release = await db.Releases.SingleAsync(r => r.Version == "1.12");
        var items = await db.Items.Where(i => i.ReleaseId == release.Id).ToListAsync();
        Assert.Equal(items.Count, items.Select(i => i.Ordinal).Distinct().Count());
        var expected = ChangeTracker.Parsing.ReleaseNotesParser.Parse(await File.ReadAllTextAsync(GoSite.File("doc/go1.12.html")), GoVersion.Parse("1.12")).Value!;
        Assert.Equal(expected.Items.Count(), items.Count);
        var run = await db.IngestionRuns.Include(r => r.Pages).SingleAsync();
        Assert.Equal(("manual", "succeeded"), (run.Trigger, run.Outcome));
        Assert.Equal("ingested", Assert.Single(run.Pages, p => p.Page == "/doc/go1.12").Outcome);
    }

    [GoSiteFact]
    public async Task A_source_that_fails_then_serves_is_ingested_by_the_run_of_its_step()
    {
        await using var server = await FaultySiteServer.StartAsync(GoSite.Require(), new Dictionary<string, Fault> { ["/doc/go1.12"] = Fault.FailTwiceThenServe });
        await using var app = App(server.BaseAddress);

        var ticket = app.Get<IJobQueue>().EnqueueIngestion(IngestionTriggers.Manual);
        Assert.False(ticket.Joined);
        var run = await FinishedRunAsync(app, 1);

        Assert.True(server.Hits("/doc/go1.12") >= 3);
        Assert.Equal("ingested", Assert.Single(run.Pages, p => p.Page == "/doc/go1.12").Outcome);
        await using var db = await app.DbAsync();
        Assert.NotNull((await db.Releases.SingleAsync(r => r.Version == "1.12")).ContentHash);
    }

    [GoSiteFact]
    public async Task A_scheduled_run_and_a_cli_run_store_identical_data_and_one_run_record_each()
    {
        await using var app = App(GoSite.Require());
        app.Get<IRecurringJobManager>().Trigger(ScheduledIngestionJob.RecurringJobId);
        var scheduled = await FinishedRunAsync(app, 1);

        var cliDatabase = Path.Combine(app.Folder, "cli", "changetracker.db");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await ChangeTracker.Cli.CliApp.RunAsync(["ingest", "--source", GoSite.Require(), "--db", cliDatabase], stdout, stderr, CancellationToken.None);
        Assert.True(exit == 0, stdout + "\n" + stderr);

        Assert.Equal(("schedule", "succeeded", 30, 27), (scheduled.Trigger, scheduled.Outcome, scheduled.Pages.Count, scheduled.DiffsRecomputed));
        Assert.All(scheduled.Pages, p => Assert.NotEqual("queued", p.Outcome));
        await using (var cli = new Storage.ChangeTrackerDbContext(Storage.StorageSetup.Options(cliDatabase)))
        {
            var run = await cli.IngestionRuns.Include(r => r.Pages).SingleAsync();
            Assert.Equal(("cli", "succeeded", 30, 27), (run.Trigger, run.Outcome, run.Pages.Count, run.DiffsRecomputed));
        }
        await using (var db = await app.DbAsync()) Assert.Equal(1, await db.IngestionRuns.CountAsync());

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Dictionary<string, (int Rows, string Digest)> viaJobs;
        await using (var db = await app.DbAsync()) viaJobs = await DataDigest.OfAsync(db.Database.GetDbConnection());
        var viaCli = await DataDigest.OfAsync(cliDatabase);
        foreach (var table in DataDigest.Tables)
            Assert.True(viaJobs[table] == viaCli[table], $"{table}: jobs {viaJobs[table]} ≠ cli {viaCli[table]}");
        Assert.True(viaJobs["StoredDiffs"].Rows == 27 && viaJobs["Facts"].Rows > 1000, $"{viaJobs["StoredDiffs"]}, {viaJobs["Facts"]}");
    }

    [GoSiteFact]
    public async Task A_start_up_ingestion_joins_one_already_queued_or_running()
    {
        await using var app = App(GoSite.Require());
        var queue = app.Get<IJobQueue>();
        var first = queue.EnqueueIngestion(IngestionTriggers.Manual);
        var second = queue.EnqueueIngestion(IngestionTriggers.Startup);

        Assert.False(first.Joined);
        Assert.True(second.Joined, second.Note);
        Assert.Equal(first.JobId, second.JobId);
        var run = await FinishedRunAsync(app, 1);
        Assert.Equal("manual", run.Trigger);
        await Task.Delay(1000);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.IngestionRuns.CountAsync());
    }

    [DatabaseFact]
    public async Task A_start_up_after_a_failed_run_brings_its_retry_forward_and_the_retry_is_labelled_retry()
    {
        var missing = Path.Combine(Path.GetTempPath(), "changetracker-missing-site", Guid.NewGuid().ToString("n"));
        await using var app = App(missing);
        var queue = app.Get<IJobQueue>();

        var first = queue.EnqueueIngestion(IngestionTriggers.Startup);
        await JobsApp.WaitForAsync(() => Task.FromResult(app.Get<JobStorage>().GetConnection().GetJobData(first.JobId)?.State == "Scheduled"),
            "the failed start-up ingestion to wait for its retry");
        var second = queue.EnqueueIngestion(IngestionTriggers.Startup);
        var retried = await FinishedRunAsync(app, 2);

        Assert.True(second.Joined, second.Note);
        Assert.Equal(first.JobId, second.JobId);
        Assert.Contains("retry", second.Note);
        await using var db = await app.DbAsync();
        var runs = await db.IngestionRuns.OrderBy(r => r.Id).Select(r => new { r.Trigger, r.Outcome }).ToListAsync();
        Assert.Equal([("startup", "failed"), ("retry", "failed")], runs.Select(r => (r.Trigger, r.Outcome)));
        Assert.Equal("retry", retried.Trigger);
    }

    [GoSiteFact]
    public async Task An_edited_page_recomputes_only_the_stored_diffs_touching_its_version()
    {
        using var site = new SiteCopy();
        await using var app = App(site.Path);
        app.Get<IJobQueue>().EnqueueIngestion(IngestionTriggers.Manual);
        await FinishedRunAsync(app, 1);
        var before = await StoredDiffsAsync(app);

        const string marker = "Our test build now hums quietly while it collects garbage.";
        var page = File.ReadAllText(site.File("doc/go1.13.html"));
        File.WriteAllText(site.File("doc/go1.13.html"), page.Replace("<h2 id=\"runtime\">Runtime</h2>", $"<h2 id=\"runtime\">Runtime</h2>\n<p>{marker}</p>"));
        app.Get<IJobQueue>().EnqueueIngestion(IngestionTriggers.Manual);
        var second = await FinishedRunAsync(app, 2);

        var after = await StoredDiffsAsync(app);
        // The new 1.13 feature is an input of 1.12→1.13 only (1.13→1.14 holds 1.14's facts and 1.14's announcements).
        Assert.Equal(1, second.DiffsRecomputed);
        var changed = after.Where(a => a.Value.ComputedAt != before[a.Key].ComputedAt).Select(a => a.Key).ToList();
        Assert.Equal(["1.12→1.13"], changed);
        Assert.Equal(27, after.Count);
        foreach (var pair in after.Keys.Select(k => k.Split('→')))
            Assert.NotNull(await app.Get<StoredDiffs>().FindAsync(GoVersion.Parse(pair[0]), GoVersion.Parse(pair[1]), CancellationToken.None));
        Assert.Contains(after["1.12→1.13"].Summaries, s => s.Contains("hums quietly"));
        Assert.NotEqual(before["1.12→1.13"].InputsHash, after["1.12→1.13"].InputsHash);
        var diff = await app.Get<DiffUseCase>().DiffAsync(GoVersion.Parse("1.12"), GoVersion.Parse("1.13"), CancellationToken.None);
        Assert.Contains(diff.Facts, f => f.Summary.Contains("hums quietly"));
    }

    [GoSiteFact]
    public async Task A_report_export_runs_as_a_job_and_writes_the_same_report_as_the_cli()
    {
        await using var app = App(GoSite.Require());
        await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require(), Trigger: IngestionTriggers.Manual), null, CancellationToken.None);

        var jobId = app.Get<IJobQueue>().EnqueueExport("1.12", "1.13", "md");
        await JobsApp.WaitForAsync(() => Task.FromResult(app.Get<JobStorage>().GetConnection().GetJobData(jobId)?.State == "Succeeded"), "the export job");

        var file = Path.Combine(app.Folder, "exports", "go1.12-to-go1.13.md");
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# Go 1.12 → Go 1.13", text);
        Assert.Contains("macOS 10.10", text);
    }

    /// <summary>Waits until <paramref name="count"/> runs have finished, and returns the newest with its pages.</summary>
    private static async Task<Storage.Records.IngestionRunRecord> FinishedRunAsync(JobsApp app, int count)
    {
        await JobsApp.WaitForAsync(async () =>
        {
            await using var db = await app.DbAsync();
            return await db.IngestionRuns.CountAsync(r => r.FinishedAt != null) >= count;
        }, $"{count} finished ingestion runs", seconds: 180);
        await using var db = await app.DbAsync();
        return await db.IngestionRuns.Include(r => r.Pages).OrderByDescending(r => r.Id).FirstAsync();
    }

    private static async Task<Dictionary<string, (DateTimeOffset ComputedAt, string InputsHash, List<string> Summaries)>> StoredDiffsAsync(JobsApp app)
    {
        await using var db = await app.DbAsync();
        var diffs = await db.StoredDiffs.Include(d => d.Facts).ToListAsync();
        return diffs.ToDictionary(d => $"{d.FromVersion}→{d.ToVersion}", d => (d.ComputedAt, d.InputsHash, d.Facts.Select(f => f.Summary).ToList()));
    }
}

public sealed class JobsOnSqliteTests : JobsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class JobsOnPostgreSqlTests : JobsTests, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
