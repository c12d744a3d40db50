using ChangeTracker.Application.Hosting;
using ChangeTracker.Web.Caching;

namespace ChangeTracker.Web.Hosting;

/// <summary>The web layer's registrations and pipeline: Razor Pages, problem details, OpenAPI.</summary>
public static class WebSetup
{
    public static IServiceCollection AddChangeTrackerWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddChangeTrackerCaching();
        services.AddOptions<HangfireDashboardOptions>().BindConfiguration(HangfireDashboardOptions.SectionName);
        return services;
    }

    /// <summary>Applies pending migrations and loads seed data before the first request.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);

    public static WebApplication UseChangeTrackerPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseHeadAndCompression();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseConditionalRequests();
        app.MapStaticAssets();
        app.MapOpenApi().CachedAs(CacheKind.Build);
        return app;
    }
}
