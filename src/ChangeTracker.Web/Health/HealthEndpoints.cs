using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChangeTracker.Web.Health;

/// <summary>
/// <c>/healthz</c>: the process answers (liveness; 200, degraded when the data or the job storage cannot be written). <c>/readyz</c>: the database is reachable with every
/// migration applied, and how the last ingestion went — 200 when healthy or degraded (stored data is served), 503 when
/// unhealthy; the body names each check's status and why.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";
    private const string Live = "live";

    public static IServiceCollection AddChangeTrackerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<WritableHealthCheck>("writable", tags: [Live, Ready])
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<LastIngestionHealthCheck>("ingestion", tags: [Ready]);
        return services;
    }

    public static WebApplication MapChangeTrackerHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Live),
            ResponseWriter = WriteAsync,
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK, [HealthStatus.Unhealthy] = StatusCodes.Status200OK },
        });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Ready),
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, new JsonSerializerOptions { WriteIndented = true }));
    }
}
