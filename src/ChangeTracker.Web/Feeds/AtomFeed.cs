using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Web.Feeds;

/// <summary>
/// GET /feed.atom: the non-feature facts of the most recently ingested releases, newest ingestion first, each release
/// led by a summary entry; at most <see cref="MaxEntries"/> entries. Entry ids are stable URNs built from kind, version and subject.
/// </summary>
public static partial class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int MaxEntries = 100;
    public const string FeedId = "urn:changetracker:feed:facts";

    public static async Task<IResult> GetAsync(HttpRequest request, FactsQuery facts, VersionsQuery versions, CancellationToken cancellationToken)
    {
        var entries = await BuildEntriesAsync(facts, versions, cancellationToken);
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var info = new AtomFeedInfo(FeedId, "ChangeTracker: newly ingested Go release facts", root + "/feed.atom", root + "/",
            entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch);
        return TypedResults.Bytes(AtomFeedWriter.Write(info, entries), ContentType);
    }

    public static async Task<IReadOnlyList<AtomEntry>> BuildEntriesAsync(FactsQuery facts, VersionsQuery versions, CancellationToken cancellationToken)
    {
        var releases = (await versions.ListAsync(cancellationToken))
            .Where(r => r.IngestedAt is not null)
            .ToDictionary(r => r.Version);
        var all = await facts.ListAsync(new FactFilter(), cancellationToken);
        var byPage = all.GroupBy(PageOf).Where(g => releases.ContainsKey(g.Key.ToString()))
            .Select(g => (Release: releases[g.Key.ToString()], Version: g.Key, Facts: g.ToList()))
            .OrderByDescending(g => g.Release.IngestedAt).ThenByDescending(g => g.Version);

        var entries = new List<AtomEntry>();
        var ids = new HashSet<string>();
        foreach (var (release, version, pageFacts) in byPage)
        {
            var updated = release.IngestedAt!.Value;
            var notable = pageFacts.Where(f => f.Kind != FactKind.Feature)
                .OrderBy(f => FactKinds.ReportRank(f.Kind)).ThenBy(f => f.Version).ThenBy(f => f.Subject, StringComparer.Ordinal).ToList();
            if (entries.Count >= MaxEntries) break;
            entries.Add(ReleaseEntry(release, version, pageFacts, updated));
            foreach (var fact in notable)
            {
                if (entries.Count >= MaxEntries) break;
                var entry = FactEntry(fact, updated);
                if (ids.Add(entry.Id)) entries.Add(entry);
            }
        }
        return entries;
    }

    /// <summary>The notes page a fact was read from (stored with it); the announcing release otherwise.</summary>
    public static GoVersion PageOf(Fact fact) => (fact.Page ?? fact.AnnouncedIn ?? fact.Version).Line;

    public static string EntryId(Fact fact) =>
        fact.Id.Length > 0 ? $"urn:changetracker:fact:{fact.Id}" : $"urn:changetracker:fact:{fact.Kind.ToName()}:{fact.Version}:{Hash(fact.Subject)}";

    private static AtomEntry ReleaseEntry(VersionRow release, GoVersion version, IReadOnlyList<Fact> facts, DateTimeOffset updated)
    {
        var counts = facts.GroupBy(f => f.Kind).OrderBy(g => FactKinds.ReportRank(g.Key)).Select(g => $"{g.Count()} {g.Key.ToName()}");
        var summary = facts.Count == 0
            ? $"The Go {version} release notes were ingested; no facts were found in them."
            : $"The Go {version} release notes were ingested: {facts.Count} facts ({string.Join(", ", counts)}).";
        return new AtomEntry($"urn:changetracker:release:{version}", $"Go {version} release notes ingested", updated,
            WebLink(release.NotesUrl), summary, "release");
    }

    private static AtomEntry FactEntry(Fact fact, DateTimeOffset updated)
    {
        var title = $"Go {fact.Version}: {OneLine(FactKinds.Of(fact.Kind).Headline(fact))}";
        var notes = new List<string>();
        if (fact.LastVersion is { } last) notes.Add($"last release: Go {last}");
        if (fact.AnnouncedIn is { } announced && announced != fact.Version) notes.Add($"announced in Go {announced}");
        if (fact.EffectiveVersion is { } effective) notes.Add($"takes effect in Go {effective}");
        if (fact.Breaking) notes.Add("breaking");
        if (fact.Tentative) notes.Add("tentative");
        if (fact.Status is { } status) notes.Add(status.ToName());
        var summary = OneLine(fact.Summary) + (notes.Count > 0 ? $" ({string.Join("; ", notes)})" : "");
        return new AtomEntry(EntryId(fact), title, updated, WebLink(fact.Source), summary, fact.Kind.ToName());
    }

    private static string? WebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..16];

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
