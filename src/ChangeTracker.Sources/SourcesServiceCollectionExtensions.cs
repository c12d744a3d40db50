using System.Net;
using ChangeTracker.Domain.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ChangeTracker.Sources;

/// <summary>Registers the release sources: options, the resilient HttpClient, <see cref="ReleaseSourceFactory"/>, <see cref="FolderMirrorWriter"/>.</summary>
public static class SourcesServiceCollectionExtensions
{
    private static readonly TimeSpan DefaultSamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds <see cref="SourceOptions"/> (validated), the named HttpClient <see cref="HttpSource.ClientName"/> with the standard
    /// resilience handler configured from the options, a singleton <see cref="ReleaseSourceFactory"/>, a singleton
    /// <see cref="FolderMirrorWriter"/> and a default <see cref="IReleaseSource"/> (the configured <see cref="SourceOptions.Location"/>).
    /// </summary>
    public static IServiceCollection AddReleaseSources(this IServiceCollection services, Action<SourceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SourceOptions>();
        if (configure is not null) options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourceOptions>, SourceOptionsValidator>());

        services.TryAddTransient<BodyBufferingHandler>();
        var client = services.AddHttpClient(HttpSource.ClientName)
            .ConfigureHttpClient((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<SourceOptions>>().Value;
                http.Timeout = o.TotalTimeout + TimeSpan.FromSeconds(5); // a safety net: the pipeline's total time-out comes first
                http.DefaultRequestHeaders.UserAgent.Clear();
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", o.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var redirects = sp.GetRequiredService<IOptions<SourceOptions>>().Value.MaxRedirects;
                return new SocketsHttpHandler
                {
                    AutomaticDecompression = DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AllowAutoRedirect = redirects > 0,
                    MaxAutomaticRedirections = Math.Max(1, redirects),
                };
            });

        client.AddStandardResilienceHandler().Configure((r, sp) => ConfigureResilience(r, sp));
        client.AddHttpMessageHandler<BodyBufferingHandler>(); // innermost: each attempt reads the whole body

        services.TryAddSingleton<ReleaseSourceFactory>();
        services.TryAddSingleton<FolderMirrorWriter>();
        services.TryAddSingleton<IReleaseSource>(sp => sp.GetRequiredService<ReleaseSourceFactory>().CreateDefault());
        return services;
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, IServiceProvider services)
    {
        var o = services.GetRequiredService<IOptions<SourceOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<HttpSource>();

        resilience.AttemptTimeout.Timeout = o.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = o.TotalTimeout;

        resilience.Retry.MaxRetryAttempts = Math.Max(1, o.MaxRetries);
        resilience.Retry.Delay = o.BaseDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        if (o.MaxRetries == 0)
            resilience.Retry.ShouldHandle = _ => PredicateResult.False();
        resilience.Retry.OnRetry = args =>
        {
            var reason = args.Outcome.Exception is { } ex
                ? $"{ex.GetType().Name}: {ex.Message}"
                : $"HTTP {(int?)args.Outcome.Result?.StatusCode} {args.Outcome.Result?.ReasonPhrase}";
            SourcesLog.Retrying(logger, args.Outcome.Result?.RequestMessage?.RequestUri ?? args.Context.GetRequestMessage()?.RequestUri,
                (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, reason);
            return default;
        };

        // The standard handler's validation requires the sampling duration to be at least twice the attempt time-out.
        var minimumSampling = TimeSpan.FromTicks(o.AttemptTimeout.Ticks * 2);
        resilience.CircuitBreaker.SamplingDuration = minimumSampling > DefaultSamplingDuration ? minimumSampling : DefaultSamplingDuration;
    }
}
