using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Modules.Checking;

/// <summary>
/// Removals, behaviour changes and deprecations of the packages the module imports and of the identifiers it uses:
/// the fact's component is an imported package, or its text names an imported package path or a qualified identifier
/// the module uses ("ioutil.ReadAll", "Config.MinVersion" of a crypto/tls fact when it uses tls.Config and .MinVersion).
/// </summary>
internal static class PackageMatcher
{
    private const int MaxUses = 4;

    private static readonly HashSet<string> NotSettings = new(StringComparer.OrdinalIgnoreCase)
        { "the", "new", "with", "use", "and", "for", "this", "that", "from", "setting", "value" };

    public static bool Applies(Fact fact) => fact.Kind is FactKind.Removal or FactKind.BehaviorChange or FactKind.Deprecation;

    public static IEnumerable<string> Reasons(Fact fact, ModuleCheckContext context)
    {
        if (!Applies(fact)) yield break;
        var module = context.Module;
        var words = EvidenceWords.Of(fact);
        var component = fact.Component;
        if (component is not null && module.StandardImports.TryGetValue(component, out var importers))
            yield return $"imports {component} ({ModuleCheckContext.Files(importers)})";
        else
        {
            foreach (var path in module.StandardImports.Keys.Where(p => p.Contains('/') && words.Contains(p)))
                yield return $"imports {path} ({ModuleCheckContext.Files(module.StandardImports[path])})";
        }
        if (component is "cgo" or "runtime/cgo" && module.CgoFiles.Count > 0)
            yield return $"uses cgo (import \"C\" in {ModuleCheckContext.Files(module.CgoFiles)})";
        foreach (var use in Uses(words, component, context).Take(MaxUses)) yield return use;
    }

    /// <summary>"GODEBUG tlsrsakex restores the old behaviour", when the notes name a setting for it.</summary>
    public static string? Remedy(Fact fact) =>
        fact.Godebug is { Length: >= 4 } g && !NotSettings.Contains(g) ? $"GODEBUG {g} restores the old behaviour" : null;

    private static IEnumerable<string> Uses(IReadOnlySet<string> words, string? component, ModuleCheckContext context)
    {
        var module = context.Module;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Order(StringComparer.Ordinal))
        {
            var found = context.SelectorsByShortName[word].FirstOrDefault();
            if (found is null && component is not null && char.IsUpper(word[0]) && module.Selectors.ContainsKey($"{component}.{word}"))
                found = $"{component}.{word}";
            if (found is not null && seen.Add(found))
            {
                yield return $"uses {ModuleCheckContext.ShortForm(found)} ({ModuleCheckContext.Files(module.Selectors[found])})";
                continue;
            }
            if (component is null || word.Split('.') is not [var type, var member] || !module.Members.Contains(member)) continue;
            if (module.Selectors.TryGetValue($"{component}.{type}", out var files) && seen.Add(word))
                yield return $"uses {ModuleCheckContext.ShortForm($"{component}.{type}")} ({ModuleCheckContext.Files(files)}) and selects .{member}";
        }
    }
}
