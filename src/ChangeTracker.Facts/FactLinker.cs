using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Facts;

/// <summary>
/// Links facts across pages: an announcement ("Go 1.12 is the last release that …") and its confirmation a release
/// later ("As announced in Go 1.12, … now removed") become one fact carrying both versions, and a removal is tied to
/// the deprecation that announced it. Output order is deterministic: by version, kind, subject.
/// </summary>
public static class FactLinker
{
    public static IReadOnlyList<Fact> Link(IEnumerable<Fact> factsFromAllPages)
    {
        var ordered = factsFromAllPages.OrderBy(f => f.AnnouncedIn ?? f.Version).ThenBy(f => f.Page).ThenBy(f => f.Version).ToList();
        var linked = new List<Fact>();
        foreach (var fact in ordered)
        {
            var index = fact.Kind == FactKind.Feature ? -1 : linked.FindIndex(k => FactIdentity.Same(k, fact));
            if (index < 0) linked.Add(fact);
            else linked[index] = Merge(linked[index], fact);
        }

        var deprecations = linked.Where(f => f.Kind == FactKind.Deprecation).ToList();
        for (var i = 0; i < linked.Count; i++)
        {
            if (linked[i].Kind != FactKind.Removal) continue;
            var removal = linked[i];
            var key = Rules.SubjectText.Key(removal.Subject);
            var announcement = deprecations
                .Where(d => d.Version <= (removal.AnnouncedIn ?? removal.Version) && d.Version < removal.Version
                    && Rules.SubjectText.SameThing(Rules.SubjectText.Key(d.Subject), key))
                .OrderBy(d => d.Version).FirstOrDefault();
            if (announcement is null) continue;
            linked[i] = removal with { AnnouncedIn = announcement.Version };
            var at = linked.IndexOf(announcement);
            if (at >= 0 && announcement.Status != AnnouncementStatus.Done)
                linked[at] = announcement with { Status = AnnouncementStatus.Done, ResolvedIn = removal.Version };
        }

        var published = linked.Select(f => f.Page).OfType<GoVersion>().Select(v => v.Line).ToHashSet();
        for (var i = 0; i < linked.Count; i++) linked[i] = Decide(linked[i], published);

        return linked
            .OrderBy(f => f.Version).ThenBy(f => f.Kind).ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Source, StringComparer.Ordinal).ThenBy(f => f.Summary, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The status of a forward announcement that no later statement confirmed: pending while its release is not out;
    /// once it is, a firm statement ("Go 1.12 is the last release that …") is done in that release, a hedged one
    /// ("will likely") that no later note confirmed is withdrawn — it is never reported as having happened.
    /// </summary>
    private static Fact Decide(Fact fact, IReadOnlySet<GoVersion> published)
    {
        if (fact.Status is not null || fact.Page is not { } page || !FactFinishing.IsForward(fact, page)) return fact;
        var target = fact.Kind.IsAnnouncement() ? fact.EffectiveVersion : fact.Version;
        if (target is null || !published.Any(p => p >= target.Value.Line)) return fact with { Status = AnnouncementStatus.Pending };
        if (fact.Kind.IsAnnouncement()) return fact with { Status = fact.Tentative ? AnnouncementStatus.Withdrawn : AnnouncementStatus.Pending };
        return fact.Tentative
            ? fact with { Status = AnnouncementStatus.Withdrawn }
            : fact with { Status = AnnouncementStatus.Done, ResolvedIn = target.Value.Line };
    }

    /// <summary>
    /// One fact from two statements of it: the earlier announcement's release, source and evidence; a level the notes
    /// name rather than one made up from a new minimum; the later statement's release when they differ.
    /// </summary>
    public static Fact Merge(Fact first, Fact second)
    {
        var secondFirst = (second.AnnouncedIn ?? second.Version, second.Page).CompareTo((first.AnnouncedIn ?? first.Version, first.Page)) < 0;
        var (earlier, later) = secondFirst ? (second, first) : (first, second);
        var named = FactIdentity.IsDerived(earlier) && !FactIdentity.IsDerived(later) ? later : earlier;
        var deprecation = earlier.Kind == FactKind.Deprecation;
        var confirmed = later.Page is { } laterPage && earlier.Page is { } earlierPage && laterPage > earlierPage
            && FactFinishing.IsForward(earlier, earlierPage);
        return earlier with
        {
            Status = confirmed ? AnnouncementStatus.Done : earlier.Status ?? later.Status,
            ResolvedIn = confirmed ? later.Page : earlier.ResolvedIn ?? later.ResolvedIn,
            Breaking = earlier.Breaking || later.Breaking,
            Godebug = earlier.Godebug ?? later.Godebug,
            Symbols = new Symbols(earlier.Symbols.Concat(later.Symbols)),
            Version = deprecation ? earlier.Version : later.Version,
            LastVersion = later.LastVersion ?? earlier.LastVersion,
            EffectiveVersion = later.EffectiveVersion ?? earlier.EffectiveVersion,
            Subject = named.Subject,
            Os = named.Os,
            OsVersion = named.OsVersion,
            Experimental = earlier.Experimental || later.Experimental,
            Rule = named == earlier ? earlier.Rule : later.Rule,
        };
    }
}
