using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Queries;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Web.Caching;
using Microsoft.AspNetCore.Mvc;

namespace ChangeTracker.Web.Pages;

/// <summary>The diff of any two versions (GET form with two pickers), with export links to /api/diff.</summary>
[StoredBody]
public sealed class DiffModel(DiffUseCase diffs, VersionsQuery versions) : DashboardPageModel
{
    public static readonly (string Format, string Label)[] Exports = [("md", "Markdown"), ("csv", "CSV"), ("json", "JSON"), ("html", "HTML")];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>Comma-separated targets (linux/amd64, macOS 12) to narrow the report to.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Targets { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Breaking { get; set; }

    public IReadOnlyList<string> Known { get; private set; } = [];

    public VersionDiff? Result { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Known = (await versions.ListAsync(cancellationToken)).Select(v => v.Version).ToList();
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)) return;
        if (!TryParse(From, "from", out var from) || !TryParse(To, "to", out var to))
        {
            StatusWithPage(StatusCodes.Status400BadRequest);
            return;
        }
        if (!TryFilter(out var filter))
        {
            StatusWithPage(StatusCodes.Status400BadRequest);
            return;
        }
        try
        {
            Result = await diffs.DiffAsync(from, to, filter, cancellationToken);
        }
        catch (UnknownVersionException e)
        {
            StatusWithPage(StatusCodes.Status404NotFound);
            Problem = e.Message + KnownRange();
        }
    }

    public string ExportLink(string format) =>
        $"/api/diff?from={Uri.EscapeDataString(Result!.From.ToString())}&to={Uri.EscapeDataString(Result.To.ToString())}&format={format}&download=true"
        + (string.IsNullOrWhiteSpace(Targets) ? "" : $"&targets={Uri.EscapeDataString(Targets)}")
        + (Breaking ? "&breaking=true" : "");

    private bool TryFilter(out DiffFilter filter)
    {
        try
        {
            filter = new DiffFilter(DiffTarget.ParseList([Targets]), Breaking);
            return true;
        }
        catch (FormatException e)
        {
            filter = DiffFilter.None;
            Problem = e.Message + ".";
            return false;
        }
    }

    private bool TryParse(string? text, string name, out GoVersion version)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            version = default;
            Problem = $"Pick a “{name}” version as well." + KnownRange();
            return false;
        }
        if (GoVersion.TryParse(text.Trim(), out version, out var error)) return true;
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        Problem = $"“{shown}” is not a Go version ({error})." + KnownRange();
        return false;
    }

    private string KnownRange() => Known.Count == 0 ? " Nothing has been ingested yet." : $" Known versions run from {Known[0]} to {Known[^1]}.";
}
