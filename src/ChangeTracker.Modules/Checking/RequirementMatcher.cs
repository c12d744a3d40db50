using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>
/// Raised requirements that touch the module: the bootstrap toolchain (only for those who build Go from source, so not
/// counted as breaking), a C toolchain or C library when it uses cgo, SWIG when it has SWIG files, and CPU or kernel
/// levels of the architectures and systems it names.
/// </summary>
internal static class RequirementMatcher
{
    private static readonly string[] CToolchain = ["gcc", "clang", "C compiler", "glibc", "binutils", "libc", "C toolchain"];

    private static readonly (string Prefix, string[] Arches)[] CpuArches =
    [
        ("POWER", ["ppc64", "ppc64le"]), ("ARMv", ["arm"]), ("SSE", ["386"]), ("GOAMD64", ["amd64"]), ("x86-64", ["amd64"]),
    ];

    /// <summary>True when the requirement is the Go toolchain that builds Go itself.</summary>
    public static bool IsBootstrap(Fact fact) =>
        fact.Kind == FactKind.RequirementRaised && fact.Area == "toolchain" && fact.Subject.StartsWith("Go ", StringComparison.Ordinal);

    public static IEnumerable<string> Reasons(Fact fact, GoModule module, IReadOnlyList<DiffTarget> targets)
    {
        if (fact.Kind != FactKind.RequirementRaised) yield break;
        var subject = fact.Subject;
        if (IsBootstrap(fact))
        {
            yield return $"building Go itself from source needs {fact.Minimum ?? subject} (bootstrap); this touches you only if you build the toolchain";
            yield break;
        }
        if (CToolchain.Any(c => subject.Contains(c, StringComparison.OrdinalIgnoreCase)) && module.CgoFiles.Count > 0)
            yield return $"uses cgo (import \"C\" in {ModuleCheckContext.Files(module.CgoFiles)})";
        if (subject.Contains("SWIG", StringComparison.OrdinalIgnoreCase) && module.OtherFiles.Where(IsSwig).ToList() is { Count: > 0 } swig)
            yield return $"has SWIG interfaces ({ModuleCheckContext.Files(swig)})";
        if (fact.Area == "cpu" && CpuArches.FirstOrDefault(c => subject.StartsWith(c.Prefix, StringComparison.OrdinalIgnoreCase)).Arches is { } arches)
        {
            foreach (var arch in arches)
                if (Names(module, targets, null, arch) is { } why) yield return why;
        }
        if (fact.Area == "kernel" && subject.Contains("FREEBSD", StringComparison.OrdinalIgnoreCase) && Names(module, targets, "freebsd", null) is { } bsd)
            yield return bsd;
    }

    private static bool IsSwig(string path) => path.EndsWith(".swig", StringComparison.Ordinal) || path.EndsWith(".swigcxx", StringComparison.Ordinal);

    private static string? Names(GoModule module, IReadOnlyList<DiffTarget> targets, string? goos, string? goarch)
    {
        bool Match(string? os, string? arch) => (goos is null || os == goos) && (goarch is null || arch == goarch);
        if (targets.FirstOrDefault(t => t.Port is { } p && Match(PlatformMatcher.Goos(p), p[(p.IndexOf('/') + 1)..])) is { } target)
            return $"you target {target} (--target)";
        var files = module.Platforms.Where(m => Match(m.Platform.Goos, m.Platform.Goarch) && (goos is null || m.Platform.Goos is not null) && (goarch is null || m.Platform.Goarch is not null))
            .Select(m => m.File).Distinct().ToList();
        return files.Count > 0 ? $"{ModuleCheckContext.FilesThat(files, "names", "name")} {goos ?? goarch}" : null;
    }
}
