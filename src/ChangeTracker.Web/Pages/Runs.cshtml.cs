using ChangeTracker.Web.Caching;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;

namespace ChangeTracker.Web.Pages;

/// <summary>Every ingestion run, newest first, with each page's outcome and error message.</summary>
[Cached(CacheKind.Live)]
public sealed class RunsModel(RunsQuery runs, IIngestionSchedule schedule) : DashboardPageModel
{
    public const int Count = 100;

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public string IngestCron { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Runs = await runs.LatestAsync(Count, cancellationToken);
        IngestCron = (await schedule.GetAsync(cancellationToken)).Cron;
    }
}
