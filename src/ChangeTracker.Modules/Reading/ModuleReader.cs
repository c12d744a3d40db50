using ChangeTracker.Modules.GoMod;
using ChangeTracker.Modules.Source;

namespace ChangeTracker.Modules.Reading;

/// <summary>Reads a module's text into a <see cref="GoModule"/>: never runs, builds or downloads anything.</summary>
public static class ModuleReader
{
    public static GoModule Read(ModuleText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var files = text.Files.Select(f => GoFileReader.Read(f.Path, f.Text)).ToList();
        var goMod = text.GoMod is { } mod ? GoModFile.Parse("go.mod", mod) : null;
        var goWork = text.GoWork is { } work ? GoModFile.Parse("go.work", work) : null;
        return new GoModule
        {
            GoMod = goMod,
            GoWork = goWork,
            Files = files,
            Godebug = [.. goMod?.Godebug ?? [], .. goWork?.Godebug ?? [], .. files.SelectMany(f => f.Godebug)],
            CgoFiles = files.Where(f => f.UsesCgo).Select(f => f.Path).ToList(),
            PlusBuildFiles = files.Where(f => f.PlusBuild.Count > 0).Select(f => f.Path).ToList(),
            PlusBuildOnly = files.Count(f => f.PlusBuild.Count > 0 && f.GoBuild is null),
            OtherFiles = text.OtherFiles,
            StandardImports = Index(files, f => f.Imports.Where(i => i.IsStandard).Select(i => i.Path)),
            Selectors = Index(files, f => f.Selectors),
            Members = files.SelectMany(f => f.Members).ToHashSet(StringComparer.Ordinal),
            Platforms = files.SelectMany(Mentions).ToList(),
            NonStandardImports = files.SelectMany(f => f.Imports).Where(i => !i.IsStandard && i.Path != "C").Select(i => i.Path)
                .Distinct().Order(StringComparer.Ordinal).ToList(),
            DotImports = Index(files, f => f.Imports.Where(i => i.Form == ImportForm.Dot).Select(i => i.Path)),
            Directives = Index(files, f => f.Directives),
        };
    }

    private static IEnumerable<PlatformMention> Mentions(GoSourceFile file)
    {
        if (file.FileNamePlatform is { } byName) yield return new PlatformMention(byName, file.Path, BySuffix: true);
        foreach (var platform in file.ConstraintPlatforms) yield return new PlatformMention(platform, file.Path, BySuffix: false);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Index(IEnumerable<GoSourceFile> files, Func<GoSourceFile, IEnumerable<string>> keys)
    {
        var index = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var key in keys(file).Distinct())
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(file.Path);
            }
        }
        return index.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }
}
