namespace ChangeTracker.Sources;

/// <summary>
/// The connection ended (or failed) before the whole response body arrived. An <see cref="HttpRequestException"/>,
/// so the resilience pipeline retries it like any other transient transport failure.
/// </summary>
public sealed class TruncatedBodyException : HttpRequestException
{
    public TruncatedBodyException(Uri? requestUri, long? contentLength, Exception inner)
        : base(HttpRequestError.ResponseEnded, Describe(requestUri, contentLength, inner), inner)
    {
        RequestUri = requestUri;
        ContentLength = contentLength;
    }

    public Uri? RequestUri { get; }

    public long? ContentLength { get; }

    private static string Describe(Uri? requestUri, long? contentLength, Exception inner) =>
        $"the response body from {requestUri} was truncated: the connection closed before " +
        (contentLength is { } length ? $"all {length} bytes (Content-Length) arrived" : "the body was complete") +
        $" ({inner.Message})";
}
