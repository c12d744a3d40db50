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
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var members = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (context.SelectorsByShortName[word].FirstOrDefault() is { } qualified) found.Add(qualified);
            else if (component is not null && char.IsUpper(word[0]) && module.Selectors.ContainsKey($"{component}.{word}")) found.Add($"{component}.{word}");
            else if (component is not null && word.Split('.') is [var type, var member] && module.Members.Contains(member)
                     && module.Selectors.ContainsKey($"{component}.{type}"))
                members[$"{component}.{type}"] = member;
        }
        // The most specific use says most: tls.Config.MinVersion rather than tls.Config as well.
        var specific = found.Where(s => !found.Any(o => o.Length > s.Length && o.StartsWith(s + ".", StringComparison.Ordinal))).ToList();
        foreach (var selector in specific.Where(s => !members.ContainsKey(s)))
            yield return $"uses {ModuleCheckContext.ShortForm(selector)} ({ModuleCheckContext.Files(module.Selectors[selector])})";
        foreach (var (type, member) in members.Where(m => !specific.Any(s => s.StartsWith(m.Key + ".", StringComparison.Ordinal))))
            yield return $"uses {ModuleCheckContext.ShortForm(type)} ({ModuleCheckContext.Files(module.Selectors[type])}) and selects .{member}";
    }
}
