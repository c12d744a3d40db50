namespace ChangeTracker.Sources;

/// <summary>
/// A response broke one of the configured limits (body size, redirects). Not an <see cref="HttpRequestException"/>:
/// asking again would break it again, so it is not retried. The message names the limit and the setting.
/// </summary>
public sealed class SourceLimitException(string message) : Exception(message)
{
    public static SourceLimitException BodyTooLarge(Uri? url, long limit, long? declared) => new(
        $"the response from {url} is larger than the {Size(limit)} limit" +
        (declared is { } length ? $" (Content-Length {Size(length)})" : "") + " (ChangeTracker:Source:MaxBodyBytes)");

    public static SourceLimitException TooManyRedirects(Uri? url, int limit, Uri? next) => new(
        $"the request for {url} was redirected more than {limit} times (a redirect loop, or too many redirects); " +
        $"the last one pointed to {next?.ToString() ?? "no location"} (ChangeTracker:Source:MaxRedirects)");

    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MiB" : $"{bytes:N0} bytes";
}
