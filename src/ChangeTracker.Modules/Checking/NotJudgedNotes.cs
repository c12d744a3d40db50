using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>The end of a check report: what it did not need to judge, and what it could not see.</summary>
internal static class NotJudgedNotes
{
    public static IReadOnlyList<string> For(GoModule module, VersionDiff diff, IReadOnlyList<Fact> happened, IReadOnlyList<CheckFinding> findings, IReadOnlyList<DiffTarget> targets)
    {
        var matched = findings.Select(f => f.Fact).ToHashSet<Fact>(ReferenceEqualityComparer.Instance);
        var notes = new List<string>();
        var range = $"from Go {diff.From} to Go {diff.To}";
        if (module.GoMod is null) notes.Add("No go.mod was given: the go and toolchain lines and its godebug settings were not read.");

        var quiet = module.StandardImports.Keys.Where(p => !findings.Any(f => f.Why.Contains($"imports {p} ", StringComparison.Ordinal))).ToList();
        if (quiet.Count > 0)
            notes.Add($"{Count(quiet.Count, "imported standard-library package")} had no removal, behaviour change or deprecation in the notes {range} that concerns this module, so there is nothing to do for them: {List(quiet, 12)}.");
        if (module.NonStandardImports.Count > 0)
            notes.Add($"{Count(module.NonStandardImports.Count, "package")} from outside the standard library {(module.NonStandardImports.Count == 1 ? "is" : "are")} not checked: {List(module.NonStandardImports, 6)}.");
        foreach (var (path, files) in module.DotImports)
            notes.Add($"{ModuleCheckContext.FilesThat(files, "imports", "import")} {path} with a dot: the names used from it without a qualifier are not attributed to it.");

        var general = happened.Count(f => f.Breaking && !matched.Contains(f) && f.Component is null or "go command" or "compiler" or "linker" or "vet" or "gofmt" or "assembler");
        if (general > 0)
            notes.Add($"{Count(general, "breaking change")} to the language, the go command and the toolchain {range} apply to every module alike and are not matched against sources; `changetracker diff {diff.From} {diff.To} --breaking` lists them.");

        var platformFacts = happened.Where(PlatformMatcher.IsPlatformFact).Where(f => !matched.Contains(f)).ToList();
        if (platformFacts.Count > 0 && targets.Count == 0)
        {
            var osNamed = module.Platforms.Select(m => m.Platform.Goos).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            notes.Add($"{Count(platformFacts.Count, "port or OS-support change")} {range} {(platformFacts.Count == 1 ? "was" : "were")} not checked against your platforms: name them with --target (linux/amd64, \"Windows 10\", \"macOS 12\")"
                + (osNamed.Count > 0 ? $"; its files name {string.Join(", ", osNamed)}, but not which OS versions you ship to." : "."));
        }
        var godebugMatched = findings.Where(f => f.Section == CheckSection.Godebug || f.Why.Contains("sets GODEBUG", StringComparison.Ordinal)).ToList();
        foreach (var setting in module.Godebug.Where(s => s.Key != "default").DistinctBy(s => s.Key))
        {
            if (!godebugMatched.Any(f => f.Why.Contains($"GODEBUG {setting.Key}=", StringComparison.Ordinal)))
                notes.Add($"GODEBUG {setting.Key}={setting.Value} ({setting.Where}): the notes {range} say nothing about it.");
        }
        notes.Add("Only what the source names is seen: uses through reflection, interfaces, values built at run time and fields of values whose type is not written out are not.");
        return notes;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string List(IReadOnlyList<string> items, int max) =>
        string.Join(", ", items.Take(max)) + (items.Count > max ? $" and {items.Count - max} more" : "");
}
