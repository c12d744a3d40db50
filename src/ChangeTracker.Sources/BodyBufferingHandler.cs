using System.Runtime.CompilerServices;

namespace ChangeTracker.Sources;

/// <summary>
/// Innermost handler of the sources' HttpClient: counts attempts and reads the whole body inside each attempt, so the
/// attempt time-out covers the body and a truncated body is a (retried) transport failure, not a surprise later.
/// </summary>
internal sealed class BodyBufferingHandler : DelegatingHandler
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
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException)
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
}
