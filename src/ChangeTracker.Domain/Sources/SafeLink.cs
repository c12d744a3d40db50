namespace ChangeTracker.Domain.Sources;

/// <summary>
/// The one rule for what may become a link in a page, a report or a feed: an absolute http(s) address. Anything else a
/// page could carry (javascript:, data:, a relative path) is shown as text, never linked.
/// </summary>
public static class SafeLink
{
    /// <summary>The address when it is absolute http(s), else null.</summary>
    public static Uri? Of(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    /// <summary>The absolute address text when it is http(s), else null.</summary>
    public static string? Href(string? url) => Of(url)?.AbsoluteUri;
}
