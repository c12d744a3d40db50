using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Platforms;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>
/// Port and OS-support facts that touch the module: through the user's targets (narrowed exactly as a diff narrows,
/// by <see cref="DiffNarrowing"/>), and through the platforms its file names and build constraints name.
/// </summary>
internal static class PlatformMatcher
{
    public static bool IsPlatformFact(Fact fact) =>
        fact.Kind is FactKind.PortRemoved or FactKind.PortBroken or FactKind.PortRenamed or FactKind.PortBinariesDropped or FactKind.OsSupportEnded;

    /// <summary>Reasons from the user's targets, for facts the diff's narrowing keeps for them.</summary>
    public static IEnumerable<string> TargetReasons(Fact fact, IReadOnlySet<Fact> keptForTargets, IReadOnlyList<DiffTarget> targets)
    {
        if (targets.Count == 0 || !IsPlatformFact(fact) || !keptForTargets.Contains(fact)) yield break;
        foreach (var target in targets.Where(t => Concerns(t, fact)))
            yield return $"you target {target} (--target)";
    }

    private static bool Concerns(DiffTarget target, Fact fact)
    {
        if (fact.Port is { } port) return target.Port == port || (target.Os is not null && target.Goos == Goos(port));
        if (fact.Os is not { } os) return false;
        return target.Os is not null ? target.LosesSupportWith(os, fact.OsVersion ?? "") : target.Goos == OsVersions.GoosOf(os);
    }

    /// <summary>Reasons from the module's own files: a removed, broken or renamed port that a file name or constraint names.</summary>
    public static IEnumerable<string> MentionReasons(Fact fact, GoModule module)
    {
        if (fact.Kind == FactKind.OsSupportEnded || !IsPlatformFact(fact) || fact.Port is not { } port) yield break;
        var (goos, goarch) = (Goos(port), port.Contains('/') ? port[(port.IndexOf('/') + 1)..] : null);
        var mentions = module.Platforms
            .Where(m => m.Platform.Goos == goos && (m.Platform.Goarch is null || m.Platform.Goarch == goarch))
            .ToList();
        foreach (var group in mentions.GroupBy(m => m.Platform.ToString()))
        {
            var files = group.Select(m => m.File).Distinct().ToList();
            var how = string.Join(", ", group.Select(m => m.BySuffix ? "name suffix" : "build constraint").Distinct());
            yield return $"{ModuleCheckContext.FilesThat(files, "names", "name")} {group.Key} ({how})";
        }
    }

    /// <summary>
    /// A file whose name ends in a GOOS that a release in the range first added (x_wasip1.go before Go 1.21) was built on
    /// every platform before that release and only on that GOOS after it.
    /// </summary>
    public static IEnumerable<string> NewSuffixReasons(Fact fact, GoModule module, IReadOnlySet<Fact> firstPortOfGoos)
    {
        if (fact.Kind != FactKind.PortAdded || fact.Port is not { } port || !firstPortOfGoos.Contains(fact)) yield break;
        var goos = Goos(port);
        var files = module.Platforms.Where(m => m.BySuffix && m.Platform.Goos == goos).Select(m => m.File).Distinct().ToList();
        if (files.Count > 0)
            yield return $"{ModuleCheckContext.FilesThat(files, "ends", "end")} in _{goos}: built on every platform before Go {fact.Version}, only on {goos} from then on";
    }

    /// <summary>GOOS values every Go release has had; a port_added fact for one of them is never the GOOS's first.</summary>
    public static readonly IReadOnlySet<string> OriginalGoos = new HashSet<string>(StringComparer.Ordinal)
        { "linux", "darwin", "windows", "freebsd", "netbsd", "openbsd", "plan9" };

    public static string Goos(string port) => port.Contains('/') ? port[..port.IndexOf('/')] : port;
}
