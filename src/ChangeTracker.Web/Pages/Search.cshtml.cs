using ChangeTracker.Application.Queries;
using Microsoft.AspNetCore.Mvc;

namespace ChangeTracker.Web.Pages;

/// <summary>Full-text search over every notes item, ranked; each hit links to its release page and the notes anchor.</summary>
public sealed class SearchModel(SearchQuery search) : DashboardPageModel
{
    public const int Limit = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Q = Q is null ? null : SearchTerms.Clean(Q);
        if (!string.IsNullOrWhiteSpace(Q))
            Hits = await search.SearchAsync(Q, Limit, cancellationToken);
    }
}
