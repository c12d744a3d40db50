using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Web.Pages.Releases;

/// <summary>One major release: its facts by kind and component, revisions, downloads and announcements.</summary>
public sealed class ShowModel(ReleaseQuery releases, VersionsQuery versions, HistoryQuery history) : DashboardPageModel
{
    public string Requested { get; private set; } = "";

    public ReleaseDetail? Release { get; private set; }

    /// <summary>What changed in this page's facts after they were first seen.</summary>
    public PageHistory History { get; private set; } = new(null, []);

    /// <summary>Why nothing is shown: a malformed or an unknown version.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<string> Known { get; private set; } = [];

    public async Task OnGetAsync(string version, CancellationToken cancellationToken)
    {
        Requested = version;
        if (!GoVersion.TryParse(version, out var parsed, out var error))
        {
            StatusWithPage(StatusCodes.Status400BadRequest);
            Problem = $"“{Shorten(version)}” is not a Go version ({error}). Write it like 1.12, go1.12 or 1.21.0.";
            Known = await KnownAsync(cancellationToken);
            return;
        }
        Release = await releases.FindAsync(parsed, cancellationToken);
        if (Release is null)
        {
            StatusWithPage(StatusCodes.Status404NotFound);
            Known = await KnownAsync(cancellationToken);
            Problem = Known.Count == 0
                ? $"Go {parsed.Line} is not stored: nothing has been ingested yet."
                : $"Go {parsed.Line} does not exist or is not stored; known releases run from Go {Known[0]} to Go {Known[^1]}.";
            return;
        }
        History = await history.SinceFirstSeenAsync(parsed, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> KnownAsync(CancellationToken cancellationToken) =>
        (await versions.ListAsync(cancellationToken)).Select(v => v.Version).ToList();

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
