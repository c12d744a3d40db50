using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Queries;
using ChangeTracker.Web.Charts;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Web.Pages;

/// <summary>The front page: latest releases, ingestion status, headline numbers and the linux/amd64 size trend.</summary>
public sealed class IndexModel(OverviewQuery overview, IOptions<ChangeTrackerOptions> options) : DashboardPageModel
{
    public Overview Data { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public string IngestCron => options.Value.IngestCron;

    /// <summary>The newest run, when it failed: the page says why and that the schedule retries it.</summary>
    public RunRow? FailedLastRun => Data.LatestRuns.FirstOrDefault() is { Outcome: "failed" } run ? run : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await overview.GetAsync(cancellationToken);
        Chart = Data.LinuxAmd64Archive.Points.Count > 1 ? SizeChart.Render(Data.LinuxAmd64Archive) : "";
    }
}
