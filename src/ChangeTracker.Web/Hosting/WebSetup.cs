using ChangeTracker.Application.Hosting;
using ChangeTracker.Web.Health;

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
        services.AddOpenApi();
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
        app.UseStatusCodePages();
        app.UseRouting();
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapChangeTrackerHealth();
        return app;
    }
}
