using System.Net;
using System.Text.RegularExpressions;

namespace ChangeTracker.Facts.Text;

/// <summary>
/// The exported identifiers a paragraph names, package-qualified: from its documentation links
/// (go.dev/pkg/syscall/?GOOS=windows#Syscall18 → syscall.Syscall18) and from code spans read against the
/// paragraph's package (Config.MinVersion in crypto/tls → crypto/tls.Config.MinVersion).
/// </summary>
public static partial class SymbolNames
{
    public static IReadOnlyList<string> Of(string html, string? component)
    {
        var found = new List<string>();
        foreach (Match link in PkgLink().Matches(html))
        {
            var path = link.Groups["path"].Value.TrimEnd('/');
            var ident = WebUtility.HtmlDecode(link.Groups["ident"].Value);
            if (Exported().IsMatch(ident)) found.Add($"{path}.{ident}");
        }
        var package = IsPackagePath(component) ? component : null;
        foreach (Match code in CodeSpan().Matches(html))
        {
            var text = WebUtility.HtmlDecode(code.Groups["text"].Value).Trim().TrimEnd(')').TrimEnd('(');
            if (Qualify(text, package) is { } symbol && !found.Any(f => f.EndsWith("." + text, StringComparison.Ordinal) || f == symbol))
                found.Add(symbol);
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Qualify(string text, string? package)
    {
        if (!Identifier().IsMatch(text)) return null;
        var dot = text.IndexOf('.');
        var head = dot < 0 ? text : text[..dot];
        if (package is not null && head == LastElement(package)) return package + text[head.Length..];
        if (char.IsUpper(head[0])) return package is null ? null : $"{package}.{text}";
        return dot > 0 && Exported().IsMatch(text[(dot + 1)..]) ? text : null;
    }

    private static bool IsPackagePath(string? component) => component is not null && PackagePath().IsMatch(component);

    private static string LastElement(string path) => path[(path.LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"href=""(?:https?://(?:go\.dev|golang\.org|pkg\.go\.dev))?/pkg/(?<path>[a-z0-9_/.]+?)/?(?:\?[^""#]*)?#(?<ident>[A-Za-z_][\w.]*)""")]
    private static partial Regex PkgLink();

    [GeneratedRegex(@"<code>(?<text>[^<]{1,80})</code>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[A-Z]\w*(?:\.\w+)*$")]
    private static partial Regex Exported();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:/[a-z0-9][a-z0-9._-]*)*$")]
    private static partial Regex PackagePath();
}
