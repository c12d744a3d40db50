using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Queries;
using ChangeTracker.Jobs;
using ChangeTracker.Web.Charts;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Web.Pages;

/// <summary>The front page: latest releases, ingestion status, headline numbers and the linux/amd64 size trend.</summary>
public sealed class IndexModel(OverviewQuery overview, IOptions<ChangeTrackerOptions> options, JobStorage jobs) : DashboardPageModel
{
    public Overview Data { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public string IngestCron => options.Value.IngestCron;

    /// <summary>When the recurring ingestion runs next (UTC), as Hangfire has scheduled it.</summary>
    public DateTime? NextIngestion { get; private set; }

    /// <summary>"next at 2026-11-28 03:00 UTC" or the cron expression when no time is known yet.</summary>
    public string NextIngestionText => NextIngestion is { } next
        ? $"next at {next:yyyy-MM-dd HH:mm} UTC (cron {IngestCron})"
        : $"cron {IngestCron}, UTC";

    /// <summary>The newest run, when it failed: the page says why and that the schedule retries it.</summary>
    public RunRow? FailedLastRun => Data.LatestRuns.FirstOrDefault() is { Outcome: "failed" } run ? run : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await overview.GetAsync(cancellationToken);
        Chart = Data.LinuxAmd64Archive.Points.Count > 1 ? SizeChart.Render(Data.LinuxAmd64Archive) : "";
        using var connection = jobs.GetConnection();
        NextIngestion = connection.GetRecurringJobs().FirstOrDefault(j => j.Id == ScheduledIngestionJob.RecurringJobId)?.NextExecution;
    }
}
