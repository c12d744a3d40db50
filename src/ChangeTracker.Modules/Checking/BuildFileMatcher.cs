using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>
/// Facts about how files are built that the module's files are subject to: old // +build lines (which gofmt and go vet
/// rewrite or check once the range crosses the release that says so) and //go: directives it uses (go:linkname, go:embed).
/// </summary>
internal static class BuildFileMatcher
{
    public static IEnumerable<string> Reasons(Fact fact, GoModule module)
    {
        if (fact.Kind == FactKind.Feature) yield break;
        var plusBuild = module.PlusBuildFiles;
        if (plusBuild.Count > 0 && fact.Evidence.Contains("+build", StringComparison.Ordinal))
        {
            yield return $"{ModuleCheckContext.FilesThat(plusBuild, "still has", "still have")} // +build lines ({module.PlusBuildOnly} without a //go:build line)";
        }
        foreach (var (directive, files) in module.Directives)
        {
            if (fact.Evidence.Contains(directive, StringComparison.Ordinal))
                yield return $"uses //{directive} ({ModuleCheckContext.Files(files)})";
        }
    }
}
