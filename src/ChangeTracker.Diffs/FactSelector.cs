using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>Selects the facts of an interval (lower, upper] of major lines and its coming-next announcements.</summary>
internal static class FactSelector
{
    public static bool InLineInterval(GoVersion version, GoVersion lower, GoVersion upper) =>
        version.Line > lower.Line && version.Line <= upper.Line;

    /// <summary>Facts that happened in (lower, upper]; a pending, withdrawn or unconfirmed hedged announcement never did.</summary>
    public static IReadOnlyList<Fact> Facts(IEnumerable<Fact> facts, GoVersion lower, GoVersion upper) =>
        facts.Where(f => f.HasHappened && InLineInterval(f.Version, lower, upper))
            .Distinct()
            .OrderBy(f => FactOrder.KindRank(f.Kind))
            .ThenBy(f => f.Component ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Version)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Summary, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Facts announced in (lower, upper] (AnnouncedIn there, or a deprecation's own version there) that take
    /// effect after upper, or that never happened (pending, withdrawn, an unconfirmed hedge: listed with that status).
    /// A deprecation whose effective version is unknown is still pending, so it is included.
    /// </summary>
    public static IReadOnlyList<Fact> ComingNext(IEnumerable<Fact> facts, GoVersion lower, GoVersion upper) =>
        facts.Where(f => AnnouncedIn(f) is { } announced && InLineInterval(announced, lower, upper))
            .Where(f => !f.HasHappened || EffectiveVersion(f) is not { } effective || effective.Line > upper.Line)
            .Distinct()
            .OrderBy(f => EffectiveVersion(f) is { } v ? v.SortKey : long.MaxValue)
            .ThenBy(f => FactOrder.KindRank(f.Kind))
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Summary, StringComparer.Ordinal)
            .ToList();

    /// <summary>Where a fact was announced: its AnnouncedIn, or for a deprecation its own version.</summary>
    public static GoVersion? AnnouncedIn(Fact fact) =>
        fact.AnnouncedIn ?? (fact.Kind.IsAnnouncement() ? fact.Version : null);

    /// <summary>When a fact takes effect: its version, except for a deprecation, whose EffectiveVersion (may be unknown).</summary>
    public static GoVersion? EffectiveVersion(Fact fact) =>
        fact.Kind.IsAnnouncement() ? fact.EffectiveVersion : fact.Version;
}
