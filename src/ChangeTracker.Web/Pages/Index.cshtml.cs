using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;
using ChangeTracker.Web.Caching;
using ChangeTracker.Web.Charts;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Web.Pages;

/// <summary>The front page: latest releases, ingestion status, headline numbers and the linux/amd64 size trend.</summary>
[Cached(CacheKind.Live)]
public sealed class IndexModel(OverviewQuery overview, IIngestionSchedule schedule, IOptions<ChangeTrackerOptions> options) : DashboardPageModel
{
    public Overview Data { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    /// <summary>The recurring ingestion as the job system has scheduled it (next run, last job's state).</summary>
    public IngestionScheduleStatus Schedule { get; private set; } = null!;

    public string IngestCron => Schedule.Cron;

    /// <summary>"next at 2026-11-28 03:00 UTC" or the cron expression when no time is known yet.</summary>
    public string NextIngestionText => Schedule.NextRunText;

    /// <summary>The newest run, when it failed: the page says why and that the schedule retries it.</summary>
    public RunRow? FailedLastRun => Data.LatestRuns.FirstOrDefault() is { Outcome: "failed" } run ? run : null;

    /// <summary>No release is stored: no ingestion has succeeded yet (the first may be running or have failed).</summary>
    public bool NothingStored => Data.Releases == 0;

    /// <summary>The newest run, while it is still under way.</summary>
    public RunRow? RunningRun => Data.LatestRuns.FirstOrDefault() is { FinishedAt: null } run ? run : null;

    /// <summary>The command that fills this database from a local copy of go.dev, for a machine without network.</summary>
    public string OfflineCommand =>
        $"dotnet run --project src/ChangeTracker.Cli -- ingest --source ../shared/go-site --db {options.Value.DatabasePath}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await overview.GetAsync(cancellationToken);
        Chart = Data.LinuxAmd64Archive.Points.Count > 1 ? SizeChart.Render(Data.LinuxAmd64Archive) : "";
        Schedule = await schedule.GetAsync(cancellationToken);
    }
}
