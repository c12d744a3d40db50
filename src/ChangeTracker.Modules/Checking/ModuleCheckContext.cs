using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>The module and the user's targets, with the lookups the matchers share.</summary>
internal sealed class ModuleCheckContext(GoModule module, IReadOnlyList<DiffTarget> targets)
{
    public GoModule Module => module;
    public IReadOnlyList<DiffTarget> Targets => targets;

    /// <summary>Selectors by the form the notes write them: "tls.Config" → "crypto/tls.Config", and "ioutil.ReadAll".</summary>
    public ILookup<string, string> SelectorsByShortName { get; } = module.Selectors.Keys
        .ToLookup(s => ShortForm(s), StringComparer.Ordinal);

    /// <summary>"crypto/tls.Config.MinVersion" → "tls.Config.MinVersion".</summary>
    public static string ShortForm(string selector)
    {
        var dot = selector.IndexOf('.');
        return dot < 0 ? selector : Source.GoImport.DefaultName(selector[..dot]) + selector[dot..];
    }

    /// <summary>"file a.go names", "files a.go, b.go name": the list with its verb in agreement.</summary>
    public static string FilesThat(IReadOnlyCollection<string> files, string singularVerb, string pluralVerb) =>
        $"{Files(files)} {(files.Count == 1 ? singularVerb : pluralVerb)}";

    /// <summary>"file a.go", "files a.go, b.go", "files a.go, b.go, c.go and 4 more".</summary>
    public static string Files(IReadOnlyCollection<string> files)
    {
        var shown = files.Take(3).ToList();
        var more = files.Count > 3 ? $" and {files.Count - 3} more" : "";
        return (files.Count == 1 ? "file " : "files ") + string.Join(", ", shown) + more;
    }
}
