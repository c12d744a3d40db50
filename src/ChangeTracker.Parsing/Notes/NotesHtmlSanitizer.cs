using Ganss.Xss;

namespace ChangeTracker.Parsing;

/// <summary>
/// Cleans release-notes HTML before it is stored or shown: no scripts, no event handlers, no
/// javascript: (or other non-web) URLs, no comments; relative links become absolute against go.dev.
/// </summary>
public static class NotesHtmlSanitizer
{
    public const string DefaultBaseUrl = "https://go.dev/";

    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>Sanitizes a fragment, resolving relative links against https://go.dev/.</summary>
    public static string Sanitize(string html) => Sanitize(html, DefaultBaseUrl);

    /// <summary>
    /// Sanitizes a fragment, resolving relative links against <paramref name="baseUrl"/> (the page it came
    /// from, e.g. https://go.dev/doc/go1.12, so that "go1.11" and "#ports" resolve as a browser would).
    /// </summary>
    public static string Sanitize(string html, string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        return Sanitizer.Sanitize(html, baseUrl).Trim();
    }

    /// <summary>
    /// Sanitizes many fragments of one page with a single parse: they are joined with a unique separator,
    /// cleaned together and split again. Each fragment must be well-formed (serialized from a DOM); if the
    /// separators do not come back one for one, every fragment is sanitized on its own instead.
    /// </summary>
    public static IReadOnlyList<string> SanitizeMany(IReadOnlyList<string> fragments, string baseUrl)
    {
        if (fragments.Count == 0) return [];
        var separator = $"<hr id=\"ct-split-{Guid.NewGuid():N}\">";
        var parts = Sanitizer.Sanitize(string.Join(separator, fragments), baseUrl).Split(separator);
        return parts.Length == fragments.Count
            ? parts.Select(p => p.Trim()).ToList()
            : fragments.Select(f => Sanitize(f, baseUrl)).ToList();
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("target");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("option");
        return sanitizer;
    }
}
