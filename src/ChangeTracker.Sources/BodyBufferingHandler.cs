using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Sources;

/// <summary>
/// Innermost handler of the sources' HttpClient: counts attempts and reads the whole body inside each attempt, so the
/// attempt time-out covers the body and a truncated body is a (retried) transport failure, not a surprise later.
/// The body is read into a buffer of at most <see cref="SourceOptions.MaxBodyBytes"/>: a bigger one fails at once
/// (memory stays flat); a redirect left unfollowed means the redirect limit was reached.
/// </summary>
internal sealed class BodyBufferingHandler(IOptions<SourceOptions> options) : DelegatingHandler
{
    /// <summary>Request option holding the number of attempts made for one logical request.</summary>
    public static readonly HttpRequestOptionsKey<StrongBox<int>> AttemptsKey = new("ChangeTracker.Sources.Attempts");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(AttemptsKey, out var attempts))
            Interlocked.Increment(ref attempts.Value);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } next)
                throw SourceLimitException.TooManyRedirects(request.RequestUri, options.Value.MaxRedirects, next);
            response.Content = await BoundedCopyAsync(request.RequestUri, response.Content, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SourceLimitException)
        {
            response.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            var contentLength = response.Content.Headers.ContentLength;
            response.Dispose();
            throw new TruncatedBodyException(request.RequestUri, contentLength, ex);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The body read whole into memory, refusing more than <paramref name="limit"/> bytes whether declared or streamed.</summary>
    private static async Task<HttpContent> BoundedCopyAsync(Uri? url, HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > limit) throw SourceLimitException.BodyTooLarge(url, limit, declared);
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new MemoryStream(declared is { } length ? (int)length : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) throw SourceLimitException.BodyTooLarge(url, limit, declared);
            buffer.Write(chunk, 0, read);
        }
        if (declared is { } expected && buffer.Length < expected)
            throw new IOException($"the body ended after {buffer.Length} of {expected} bytes");
        var copy = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var header in content.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        content.Dispose();
        return copy;
    }
}
