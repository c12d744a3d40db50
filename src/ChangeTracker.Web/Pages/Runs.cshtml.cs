using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Queries;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Web.Pages;

/// <summary>Every ingestion run, newest first, with each page's outcome and error message.</summary>
public sealed class RunsModel(RunsQuery runs, IOptions<ChangeTrackerOptions> options) : DashboardPageModel
{
    public const int Count = 100;

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public string IngestCron => options.Value.IngestCron;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await runs.LatestAsync(Count, cancellationToken);
}
