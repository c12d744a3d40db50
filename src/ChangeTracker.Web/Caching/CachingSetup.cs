using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ChangeTracker.Web.Caching;

/// <summary>Response compression (Brotli, then gzip) for JSON, HTML, CSV, Markdown, Atom and SVG; HEAD; conditional GETs.</summary>
public static class CachingSetup
{
    public static readonly string[] CompressedTypes =
    [
        "application/json", "application/problem+json", "text/html", "text/csv", "text/markdown", "text/plain",
        "application/atom+xml", "image/svg+xml", "text/css", "text/javascript", "application/javascript",
    ];

    public static IServiceCollection AddChangeTrackerCaching(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<StoredBodies>();
        return services;
    }

    /// <summary>Before routing: HEAD as GET, then compression (so a HEAD carries the GET's Content-Encoding).</summary>
    public static WebApplication UseHeadAndCompression(this WebApplication app)
    {
        app.UseMiddleware<HeadRequests>();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>After routing: the endpoint's <see cref="CachedAttribute"/> is known; then the stored bodies of <see cref="StoredBodyAttribute"/> routes.</summary>
    public static WebApplication UseConditionalRequests(this WebApplication app)
    {
        app.UseMiddleware<ConditionalRequests>();
        app.UseMiddleware<StoredBodyResponses>();
        return app;
    }
}
