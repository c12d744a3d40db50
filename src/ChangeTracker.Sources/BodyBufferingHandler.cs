using System.Net;
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
    /// <summary>Request option holding what each attempt of one logical request came to.</summary>
    public static readonly HttpRequestOptionsKey<AttemptLog> AttemptsKey = new("ChangeTracker.Sources.Attempts");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var log = request.Options.TryGetValue(AttemptsKey, out var attempts) ? attempts : new AttemptLog();
        var attempt = log.Start();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            log.Record(attempt, Outcome(ex));
            throw;
        }
        log.Record(attempt, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
        try
        {
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } next)
                throw SourceLimitException.TooManyRedirects(request.RequestUri, options.Value.MaxRedirects, next);
            response.Content = await BoundedCopyAsync(request.RequestUri, response.Content, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SourceLimitException)
        {
            log.Record(attempt, Outcome(ex));
            response.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            log.Record(attempt, "body cut short");
            var contentLength = response.Content.Headers.ContentLength;
            response.Dispose();
            throw new TruncatedBodyException(request.RequestUri, contentLength, ex);
        }
    }

    /// <summary>An attempt's failure in a few words: "timed out", "Connection refused", "stopped at a limit".</summary>
    private static string Outcome(Exception ex) => ex switch
    {
        OperationCanceledException => "timed out",
        SourceLimitException => "stopped at a limit",
        HttpRequestException { InnerException: { } inner } => inner.GetBaseException().Message.TrimEnd('.'),
        _ => ex.Message.TrimEnd('.'),
    };

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
