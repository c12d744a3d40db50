using System.Diagnostics;
using System.Net;
using ChangeTracker.Domain.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ChangeTracker.Sources;

/// <summary>
/// Pages from an HTTP base address (https://go.dev), through the resilient named client <see cref="ClientName"/>
/// registered by <see cref="SourcesServiceCollectionExtensions.AddReleaseSources"/>: per-attempt and total time-outs,
/// retries with exponential backoff and jitter on transient failures, conditional GET, and at most
/// <see cref="SourceOptions.MaxConcurrency"/> requests in flight per source.
/// </summary>
public sealed class HttpSource : IReleaseSource
{
    /// <summary>Name of the HttpClient registered for sources.</summary>
    public const string ClientName = "ChangeTracker.Sources";

    private readonly IHttpClientFactory _clients;
    private readonly SourceOptions _options;
    private readonly ILogger<HttpSource> _logger;
    private readonly SemaphoreSlim _gate;
    private readonly string _base;

    public HttpSource(IHttpClientFactory clients, string baseAddress, SourceOptions options, ILogger<HttpSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        _options = options;
        _logger = logger ?? NullLogger<HttpSource>.Instance;
        _base = SourceUrl.Normalize(baseAddress, "source base address");
        _gate = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        Location = _base;
    }

    /// <summary>The base address, without a trailing slash.</summary>
    public string Location { get; }

    /// <summary>Requests this source has in flight at most.</summary>
    public int MaxConcurrency => _options.MaxConcurrency;

    public Uri PublicUrl(SourcePath path) => SourceUrl.Combine(_base, path);

    public async Task<SourceResponse> FetchAsync(SourcePath path, SourceValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var url = PublicUrl(path);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendAsync(path, url, validators, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SourceResponse> SendAsync(SourcePath path, Uri url, SourceValidators? validators, CancellationToken cancellationToken)
    {
        var attempts = new AttemptLog();
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(BodyBufferingHandler.AttemptsKey, attempts);
        if (!string.IsNullOrEmpty(validators?.ETag))
            request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
        if (validators?.LastModified is { } lastModified)
            request.Headers.IfModifiedSince = lastModified;
        SourcesLog.Fetching(_logger, url, validators?.ETag, validators?.LastModified);

        string? error;
        try
        {
            var client = _clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var result = await ToResponseAsync(path, url, response, attempts, cancellationToken).ConfigureAwait(false);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (result.Outcome == SourceOutcome.Failed)
                SourcesLog.FetchFailed(_logger, url, attempts.Count, elapsed, result.Error ?? string.Empty);
            else
                SourcesLog.Fetched(_logger, url, result.Outcome.ToString(), (int)response.StatusCode, result.Body?.Length ?? 0, attempts.Count, elapsed);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or OperationCanceledException or TimeoutException)
        {
            error = $"request for {url} timed out after {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0#} s " +
                    $"({attempts.Describe()}; attempt time-out {Seconds(_options.AttemptTimeout)}, total time-out {Seconds(_options.TotalTimeout)})";
        }
        catch (SourceLimitException ex)
        {
            error = ex.Message;
        }
        catch (TruncatedBodyException ex)
        {
            error = $"{ex.Message} ({attempts.Describe()})";
        }
        catch (BrokenCircuitException ex)
        {
            error = $"request for {url} was not sent: too many recent failures opened the circuit breaker ({ex.Message})";
        }
        catch (HttpRequestException ex)
        {
            var kind = ex.HttpRequestError == HttpRequestError.Unknown ? string.Empty : $" ({ex.HttpRequestError})";
            error = $"request for {url} failed{kind}: {Describe(ex)} ({attempts.Describe()})";
        }

        SourcesLog.FetchFailed(_logger, url, attempts.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, error);
        return SourceResponse.Failed(path, error);
    }

    private static async Task<SourceResponse> ToResponseAsync(SourcePath path, Uri url, HttpResponseMessage response, AttemptLog attempts, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified:
                return SourceResponse.NotModified(path);
            case HttpStatusCode.NotFound or HttpStatusCode.Gone:
                return SourceResponse.NotFound(path, $"page {path} not found: HTTP {status} {response.ReasonPhrase} from {url}");
        }

        if (!response.IsSuccessStatusCode)
            return SourceResponse.Failed(path, $"HTTP {status} {response.ReasonPhrase} from {url} ({attempts.Describe()})");

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return SourceResponse.Ok(path, body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
    }

    private static string Seconds(TimeSpan value) => $"{value.TotalSeconds:0.0##} s";

    private static string Describe(Exception ex)
    {
        var messages = new List<string>();
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message)) messages.Add(e.Message);
        }
        return string.Join(" → ", messages);
    }
}
