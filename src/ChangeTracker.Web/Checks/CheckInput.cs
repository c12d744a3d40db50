using ChangeTracker.Application.Checks;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Web.Checks;

/// <summary>
/// What the /check page and POST /api/check receive, turned into a <see cref="CheckRequest"/>: go.mod text, an optional
/// go.work, files as a map or pasted in the txtar form ("-- path --" lines), or a zip. Bounded: a web request may carry
/// at most <see cref="MaxRequestBytes"/>, a module at most <see cref="Limits"/>. Nothing is run and nothing is stored.
/// </summary>
public sealed record CheckInput(
    string? GoMod,
    string? GoWork,
    IReadOnlyDictionary<string, string>? Files,
    string? PastedFiles,
    Stream? Zip,
    string? From,
    string? To,
    IEnumerable<string?> Targets)
{
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    public static ModuleLimits Limits { get; } = new(MaxFiles: 10_000, MaxFileBytes: 1024 * 1024, MaxTotalBytes: 32 * 1024 * 1024);

    /// <summary>The request, or the problems of each field (field name → one sentence).</summary>
    public (CheckRequest? Request, Dictionary<string, string> Problems) ToRequest()
    {
        var problems = new Dictionary<string, string>();
        var from = Version("from", From, problems);
        var to = Version("to", To, problems);
        IReadOnlyList<DiffTarget> targets = [];
        try
        {
            targets = DiffTarget.ParseList(Targets);
        }
        catch (FormatException e)
        {
            problems["targets"] = e.Message + ".";
        }
        var module = Module(problems);
        if (module is not null && module.GoMod is null && module.Files.Count == 0)
            problems["gomod"] = "Give a go.mod, files or a zip of the module.";
        return problems.Count > 0 || module is null ? (null, problems) : (new CheckRequest(module, from, to, targets), problems);
    }

    private ModuleText? Module(Dictionary<string, string> problems)
    {
        try
        {
            if (Zip is not null)
            {
                var zipped = ModuleSources.FromZip(Zip, Limits);
                return string.IsNullOrWhiteSpace(GoMod) ? zipped : zipped with { GoMod = GoMod };
            }
            var files = new Dictionary<string, string>(Files ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            foreach (var (path, text) in ModuleSources.ParseTxtar(PastedFiles)) files[path] = text;
            return ModuleSources.FromText(Blank(GoMod), Blank(GoWork), files, Limits);
        }
        catch (ModuleReadException e)
        {
            problems[Zip is not null ? "zip" : "files"] = e.Message;
            return null;
        }
    }

    private static GoVersion? Version(string name, string? text, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (GoVersion.TryParse(text.Trim(), out var version, out var error)) return version;
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        problems[name] = $"{name}={shown}: {error}; write a Go version such as 1.21 or go1.21.";
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
