using ChangeTracker.Web.Caching;
using ChangeTracker.Application.Queries;

namespace ChangeTracker.Web.Pages.Runs;

/// <summary>One ingestion run: its pages' outcomes and the facts it added, changed and withdrew, per page.</summary>
[Cached(CacheKind.Runs)]
public sealed class ShowModel(RunsQuery runs, HistoryQuery history) : DashboardPageModel
{
    public RunRow? Run { get; private set; }

    public IReadOnlyList<FactChangeRow> Changes { get; private set; } = [];

    public long Requested { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Requested = id;
        Run = await runs.FindAsync(id, cancellationToken);
        if (Run is null)
        {
            StatusWithPage(StatusCodes.Status404NotFound);
            return;
        }
        Changes = await history.ForRunAsync(id, cancellationToken) ?? [];
    }

    public int Count(string change) => Changes.Count(c => c.Change == change);
}
