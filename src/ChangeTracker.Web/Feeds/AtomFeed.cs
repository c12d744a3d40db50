using System.Text.RegularExpressions;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Web.Feeds;

/// <summary>
/// GET /feed.atom: the history of the data, one entry per change an ingestion made — a fact added, changed or withdrawn
/// (features as one digest per page and run) — dated when the change was first seen, newest first, linking to our
/// release page with the notes link inside; at most <see cref="MaxEntries"/> entries. Entry ids are stable URNs of the
/// history entries.
/// </summary>
public static partial class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int MaxEntries = 100;
    public const string FeedId = "urn:changetracker:feed:changes";

    public static async Task<IResult> GetAsync(HttpRequest request, HistoryQuery history, CancellationToken cancellationToken)
    {
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var entries = await BuildEntriesAsync(history, root, cancellationToken);
        var info = new AtomFeedInfo(FeedId, "ChangeTracker: what changed in the Go release facts", root + "/feed.atom", root + "/",
            entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch);
        return TypedResults.Bytes(AtomFeedWriter.Write(info, entries), ContentType);
    }

    public static async Task<IReadOnlyList<AtomEntry>> BuildEntriesAsync(HistoryQuery history, string root, CancellationToken cancellationToken)
    {
        var feed = await history.FeedAsync(MaxEntries, cancellationToken);
        return feed.Changes.Select(c => (c.SeenAt, c.Id, Entry: ChangeEntry(c, root)))
            .Concat(feed.FeatureDigests.Select(d => (d.SeenAt, Id: d.FirstId, Entry: DigestEntry(d, root))))
            .OrderByDescending(e => e.SeenAt).ThenBy(e => e.Id).Take(MaxEntries).Select(e => e.Entry).ToList();
    }

    private static AtomEntry ChangeEntry(FactChangeRow change, string root)
    {
        var label = FactKinds.TryParse(change.Kind, out var kind) ? FactKinds.Of(kind).Label : change.Kind;
        var title = $"Go {change.Version}: {label} {change.Change} — {OneLine(change.Subject)}";
        var notes = new List<string> { $"from the Go {change.Page} notes" };
        if (change.RunId is { } run) notes.Add($"ingestion run {run}");
        var summary = OneLine(change.Summary)
            + (change.PreviousSummary is { } before && before != change.Summary ? $" (was: {OneLine(before)})" : "")
            + $" ({string.Join("; ", notes)})"
            + (WebLink(change.Source) is { } source ? $" Source: {source}" : "");
        var anchor = change.Change == "withdrawn" ? "history" : $"fact-{change.FactId}";
        return new AtomEntry($"urn:changetracker:change:{change.Id}", title, change.SeenAt, $"{root}/releases/{change.Page}#{anchor}",
            summary, change.Kind, WebLink(change.Source));
    }

    private static AtomEntry DigestEntry(FeatureDigest digest, string root)
    {
        var features = digest.Count == 1 ? "1 feature" : $"{digest.Count} features";
        var by = digest.RunId is { } run ? $"ingestion run {run}" : "a re-extraction from stored notes";
        return new AtomEntry($"urn:changetracker:change:{digest.FirstId}:features", $"Go {digest.Page}: {features} {digest.Change}",
            digest.SeenAt, $"{root}/releases/{digest.Page}#history",
            $"{features} of the Go {digest.Page} release notes {digest.Change} by {by}.", "features");
    }

    private static string? WebLink(string? url) => Domain.Sources.SafeLink.Href(url);

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
