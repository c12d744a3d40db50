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
