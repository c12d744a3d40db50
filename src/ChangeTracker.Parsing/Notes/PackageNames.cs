using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ChangeTracker.Parsing;

/// <summary>Finds the Go package an element or sentence is about, from its links or its words.</summary>
internal static partial class PackageNames
{
    private static readonly string[] Prefixes =
    [
        "/pkg/", "https://go.dev/pkg/", "https://golang.org/pkg/", "http://golang.org/pkg/",
        "https://pkg.go.dev/", "//pkg.go.dev/",
    ];

    private static readonly HashSet<string> NotPackages = new(StringComparer.Ordinal)
    {
        "new", "relevant", "same", "whole", "standard", "main", "following", "entire", "old", "std", "this", "that", "each",
    };

    /// <summary>The package path of a link such as /pkg/crypto/tls/#Conn (crypto/tls), else null.</summary>
    public static string? FromHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var h = href.Trim();
        var prefix = Prefixes.FirstOrDefault(p => h.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is null) return null;
        var path = h[prefix.Length..];
        var cut = path.IndexOfAny(['#', '?']);
        if (cut >= 0) path = path[..cut];
        path = path.Trim('/');
        if (path.Length == 0 || path == "std" || !PathPattern().IsMatch(path)) return null;
        return path;
    }

    /// <summary>
    /// The package an element is about: its first link to a package page without a fragment
    /// (/pkg/bufio/), else the package of its first link into a package page (/pkg/bufio/#Reader).
    /// </summary>
    public static string? FromLinks(IElement element)
    {
        string? firstAny = null;
        foreach (var a in element.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href");
            var pkg = FromHref(href);
            if (pkg is null) continue;
            if (!href!.Contains('#')) return pkg;
            firstAny ??= pkg;
        }
        return firstAny;
    }

    /// <summary>The package a sentence names ("the fmt package", "The archive/zip package"), else null.</summary>
    public static string? FromText(string text)
    {
        foreach (Match m in NamedPackage().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (!NotPackages.Contains(name)) return name;
        }
        return null;
    }

    /// <summary>Links first, words second.</summary>
    public static string? FromElement(IElement element, string normalizedText) =>
        FromLinks(element) ?? FromText(normalizedText);

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+(/[A-Za-z0-9_.\-]+)*$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"\b[Tt]he\s+((?:[a-z][a-z0-9]*/)*[a-z][a-z0-9]*(?:/\*)?)(?:(?:,\s*|,?\s+and\s+)(?:[a-z][a-z0-9]*/)*[a-z][a-z0-9]*)*\s+packages?\b")]
    private static partial Regex NamedPackage();
}
