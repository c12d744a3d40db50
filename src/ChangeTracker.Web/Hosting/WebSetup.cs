using ChangeTracker.Application.Hosting;
using ChangeTracker.Web.Health;
using ChangeTracker.Web.Api.OpenApi;
using ChangeTracker.Web.Caching;
using Scalar.AspNetCore;

namespace ChangeTracker.Web.Hosting;

/// <summary>The web layer's registrations and pipeline: network trust, security headers, Razor Pages, problem details, OpenAPI, health.</summary>
public static class WebSetup
{
    public static IServiceCollection AddChangeTrackerWeb(this IServiceCollection services)
    {
        services.AddChangeTrackerNetwork();
        services.AddChangeTrackerHealth();
        services.AddRazorPages();
        services.AddProblemDetails();
        // Responses are written with ContractJson (numbers as numbers); the document describes them the same way.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        services.AddOpenApi(options => options.AddChangeTrackerDocs());
        services.AddChangeTrackerCaching();
        services.AddOptions<HangfireDashboardOptions>().BindConfiguration(HangfireDashboardOptions.SectionName);
        return services;
    }

    /// <summary>Applies pending migrations and loads seed data before the first request.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);

    public static WebApplication UseChangeTrackerPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseChangeTrackerSecurityHeaders();
        app.UseExceptionHandler();
        app.UseHeadAndCompression();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseConditionalRequests();
        app.MapStaticAssets();
        app.MapChangeTrackerHealth();
        app.MapOpenApi().CachedAs(CacheKind.Build);
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("ChangeTracker API")
            .WithFavicon("/favicon.svg")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry());
        return app;
    }
}
