using ChangeTracker.Application.Queries;
using Microsoft.AspNetCore.Mvc;

namespace ChangeTracker.Web.Pages;

/// <summary>Ports × releases, OS support ends per release, and "the newest Go that still supports …".</summary>
public sealed class PlatformsModel(PlatformsQuery platforms) : DashboardPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PlatformMatrix Matrix { get; private set; } = null!;

    public SupportAnswer? Answer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Matrix = await platforms.MatrixAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            Answer = await platforms.NewestSupportingAsync(q.Length > 100 ? q[..100] : q, cancellationToken);
        }
    }

    public static (string Text, string Css, string Title) Cell(PortState state) => state switch
    {
        PortState.Added => ("+", "port-added", "added in this release"),
        PortState.AddedExperimental => ("+?", "port-experimental", "added in this release, experimental"),
        PortState.Available => ("●", "port-available", "available"),
        PortState.Removed => ("✕", "port-removed", "removed in this release"),
        _ => ("", "port-none", "not available"),
    };
}
