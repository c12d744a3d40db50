using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>
/// The personalised upgrade check: from a diff of the range (facts stored from the notes) and a module read as text,
/// the facts that touch the module, each with why, breaking first, then what the check could not judge.
/// </summary>
public static class ModuleCheck
{
    public static CheckReport Run(GoModule module, VersionDiff diff, IReadOnlyList<DiffTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(diff);
        var context = new ModuleCheckContext(module, targets);
        var kept = targets.Count == 0 ? new HashSet<Fact>()
            : DiffNarrowing.Apply(diff, new DiffFilter(targets, false)).Facts.ToHashSet<Fact>(ReferenceEqualityComparer.Instance);
        var firstPorts = FirstPortsOfNewGoos(diff.Facts);
        var happened = diff.Facts.Where(f => f.HasHappened).ToList();

        var findings = happened.Select(f => Match(f, context, kept, firstPorts, comingNext: false))
            .Concat(diff.ComingNext.Select(f => Match(f, context, kept, firstPorts, comingNext: true)))
            .OfType<CheckFinding>()
            .DistinctBy(f => (f.Fact.Kind, f.Fact.Version, f.Fact.Evidence, f.Why))
            .OrderByDescending(f => f.Breaking)
            .ThenBy(f => f.Section)
            .ThenBy(f => f.Fact.Version)
            .ThenBy(f => FactOrder.KindRank(f.Fact.Kind))
            .ToList();

        return new CheckReport
        {
            From = diff.From,
            To = diff.To,
            ModulePath = module.GoMod?.Module,
            GoLine = module.GoLine,
            Toolchain = module.GoMod?.Toolchain ?? module.GoWork?.Toolchain,
            FilesRead = module.Files.Count,
            StandardImports = module.StandardImports.Count,
            Targets = targets,
            Findings = findings,
            NotJudged = NotJudgedNotes.For(module, diff, happened, findings, targets),
        };
    }

    private static CheckFinding? Match(Fact fact, ModuleCheckContext context, IReadOnlySet<Fact> kept, IReadOnlySet<Fact> firstPorts, bool comingNext)
    {
        var module = context.Module;
        var candidates = new (CheckSection Section, IEnumerable<string> Reasons)[]
        {
            (CheckSection.Platforms, PlatformMatcher.TargetReasons(fact, kept, context.Targets)),
            (CheckSection.BuildFiles, PlatformMatcher.MentionReasons(fact, module)),
            (CheckSection.BuildFiles, PlatformMatcher.NewSuffixReasons(fact, module, firstPorts)),
            (CheckSection.Requirements, RequirementMatcher.Reasons(fact, module, context.Targets)),
            (CheckSection.Godebug, GodebugMatcher.Reasons(fact, module)),
            (CheckSection.Packages, PackageMatcher.Reasons(fact, context)),
            (CheckSection.BuildFiles, BuildFileMatcher.Reasons(fact, module)),
        };
        CheckSection? section = null;
        var reasons = new List<string>();
        foreach (var (candidate, found) in candidates)
        {
            var before = reasons.Count;
            reasons.AddRange(found);
            if (reasons.Count > before) section ??= candidate;
        }
        if (section is not { } first) return null;
        if (PackageMatcher.Applies(fact) && PackageMatcher.Remedy(fact) is { } remedy) reasons.Add(remedy);
        var breaking = !comingNext && (fact.Kind == FactKind.PortAdded || (fact.Breaking && !RequirementMatcher.IsBootstrap(fact)));
        return new CheckFinding(fact, comingNext ? CheckSection.ComingNext : first, reasons.Distinct().ToList(), breaking);
    }

    /// <summary>The earliest port_added fact of each GOOS whose first release it is (x_wasip1.go stops building everywhere).</summary>
    private static HashSet<Fact> FirstPortsOfNewGoos(IReadOnlyList<Fact> facts) =>
        facts.Where(f => f.Kind == FactKind.PortAdded && f.Port is { } p && KnownGoosFirstRelease(PlatformMatcher.Goos(p)) == f.Version.Line.ToString())
            .GroupBy(f => PlatformMatcher.Goos(f.Port!))
            .Select(g => g.MinBy(f => f.Version)!)
            .ToHashSet<Fact>(ReferenceEqualityComparer.Instance);

    private static string? KnownGoosFirstRelease(string goos) => Source.KnownPlatforms.FirstRelease.GetValueOrDefault(goos);
}
