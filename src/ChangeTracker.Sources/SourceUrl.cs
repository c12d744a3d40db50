using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources;

/// <summary>Joins a base address (which may carry a path prefix) and a site path: https://go.dev + /doc/go1.12.</summary>
internal static class SourceUrl
{
    public static Uri Combine(string baseAddress, SourcePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var value = path.Value ?? string.Empty;
        if (!value.StartsWith('/')) value = "/" + value;
        return new Uri(baseAddress.TrimEnd('/') + value, UriKind.Absolute);
    }

    public static string Normalize(string baseAddress, string what)
    {
        if (!Uri.TryCreate(baseAddress?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{what} '{baseAddress}' is not an absolute http(s) URL", nameof(baseAddress));
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
