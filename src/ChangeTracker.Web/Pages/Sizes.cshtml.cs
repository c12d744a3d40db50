using ChangeTracker.Domain.Versions;
using ChangeTracker.Application.Queries;
using ChangeTracker.Web.Charts;
using Microsoft.AspNetCore.Mvc;

namespace ChangeTracker.Web.Pages;

/// <summary>Size trend charts (server-rendered SVG) per os/arch/kind: the most common six, or the one picked.</summary>
public sealed class SizesModel(SizeTrendQuery sizes, KnownVersionsQuery versions) : DashboardPageModel
{
    public const int TopCount = 6;
    public const int MinimumReleases = 3;

    [BindProperty(SupportsGet = true)]
    public string? Os { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Arch { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<(string Os, string Arch, string Kind)> Combinations { get; private set; } = [];

    public IReadOnlyList<(SizeSeries Series, string Svg)> Charts { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>The newest stored major line: a series that ends before it ends because the downloads data does.</summary>
    public GoVersion? NewestLine { get; private set; }

    public bool Picked => !string.IsNullOrEmpty(Os) || !string.IsNullOrEmpty(Arch) || !string.IsNullOrEmpty(Kind);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Combinations = await sizes.CombinationsAsync(MinimumReleases, cancellationToken);
        NewestLine = (await versions.AllAsync(cancellationToken)).Select(v => (GoVersion?)v.Line).Max();
        var chosen = Combinations.Take(TopCount).ToList();
        if (Picked)
        {
            var match = Combinations.Where(c => c.Os == Os && c.Arch == Arch && c.Kind == (Kind ?? "archive")).ToList();
            if (match.Count == 0)
            {
                StatusWithPage(StatusCodes.Status404NotFound);
                Problem = "No size trend for that platform; pick one from the list.";
            }
            chosen = match;
        }
        var charts = new List<(SizeSeries, string)>();
        foreach (var (os, arch, kind) in chosen)
        {
            var series = await sizes.SeriesAsync(os, arch, kind, cancellationToken);
            charts.Add((series, series.Points.Count > 1 ? SizeChart.Render(series) : ""));
        }
        Charts = charts;
    }

    public static string Key((string Os, string Arch, string Kind) c) => $"{c.Os}/{c.Arch} {c.Kind}";
}
