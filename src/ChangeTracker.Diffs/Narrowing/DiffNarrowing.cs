using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs.Narrowing;

/// <summary>
/// Narrows a diff to a user's targets and to breaking facts. Facts about no platform (language, tools, library,
/// requirements) always stay; a port fact stays for a targeted port, or for any port of a targeted OS when no port of
/// that OS is targeted; an OS-support fact stays when it takes a targeted OS level away (a macOS 12 target keeps the end
/// of macOS 12, not of 10.12) or concerns the OS of a targeted port (whose OS level is unknown); size rows stay for
/// the targeted platforms. The result says which targets lose support where (the first release that takes each away).
/// </summary>
public static class DiffNarrowing
{
    public static VersionDiff Apply(VersionDiff diff, DiffFilter filter)
    {
        if (filter.IsEmpty) return diff;
        bool Keep(Fact f) => (!filter.BreakingOnly || f.Breaking) && Concerns(f, filter.Targets);
        var facts = diff.Facts.Where(Keep).ToList();
        return diff with
        {
            Filter = filter,
            Facts = facts,
            ComingNext = diff.ComingNext.Where(Keep).ToList(),
            Distribution = filter.Targets.Count == 0 ? diff.Distribution : diff.Distribution.Where(r => Concerns(r, filter.Targets)).ToList(),
            TargetLosses = Losses(facts, filter.Targets),
        };
    }

    private static bool Concerns(Fact fact, IReadOnlyList<DiffTarget> targets)
    {
        if (targets.Count == 0) return true;
        if (fact.Port is { } port) return targets.Any(t => t.Port == port) || OsTargeted(Goos(port), targets);
        if (fact.Kind == FactKind.OsSupportEnded && fact.Os is { } os)
            return targets.Any(t => t.Os is not null ? t.LosesSupportWith(os, fact.OsVersion ?? "") : t.Goos == Domain.Platforms.OsVersions.GoosOf(os));
        return true;
    }

    private static bool Concerns(DistributionChange row, IReadOnlyList<DiffTarget> targets) =>
        targets.Any(t => t.Port == row.Platform) || OsTargeted(row.Os, targets);

    /// <summary>An OS target ("macOS 12") covers every port of its GOOS unless the user named ports of that GOOS.</summary>
    private static bool OsTargeted(string goos, IReadOnlyList<DiffTarget> targets) =>
        targets.Any(t => t.Os is not null && t.Goos == goos) && !targets.Any(t => t.Port is not null && t.Goos == goos);

    private static string Goos(string port) => port.Contains('/') ? port[..port.IndexOf('/')] : port;

    private static IReadOnlyList<TargetLoss> Losses(IReadOnlyList<Fact> facts, IReadOnlyList<DiffTarget> targets) =>
        targets.Select(t => facts.Where(f => f.HasHappened && Takes(t, f)).MinBy(f => f.Version) is { } first ? new TargetLoss(t, first) : null)
            .OfType<TargetLoss>().ToList();

    private static bool Takes(DiffTarget target, Fact fact) => fact.Kind switch
    {
        FactKind.PortRemoved or FactKind.PortBroken or FactKind.PortRenamed or FactKind.PortBinariesDropped => target.Port is { } port && fact.Port == port,
        FactKind.OsSupportEnded => fact.Os is { } os && fact.OsVersion is { } v && target.LosesSupportWith(os, v),
        _ => false,
    };
}
