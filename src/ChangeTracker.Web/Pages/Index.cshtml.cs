using ChangeTracker.Web.Caching;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;
using ChangeTracker.Web.Charts;

namespace ChangeTracker.Web.Pages;

/// <summary>The front page: latest releases, ingestion status, headline numbers and the linux/amd64 size trend.</summary>
[Cached(CacheKind.Live)]
public sealed class IndexModel(OverviewQuery overview, IIngestionSchedule schedule) : DashboardPageModel
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

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await overview.GetAsync(cancellationToken);
        Chart = Data.LinuxAmd64Archive.Points.Count > 1 ? SizeChart.Render(Data.LinuxAmd64Archive) : "";
        Schedule = await schedule.GetAsync(cancellationToken);
    }
}
