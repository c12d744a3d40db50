using ChangeTracker.Application.Queries;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChangeTracker.Web.Health;

/// <summary>Degraded (still serving what is stored) when the newest ingestion failed or none has run yet.</summary>
public sealed class LastIngestionHealthCheck(RunsQuery runs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var latest = (await runs.LatestAsync(1, cancellationToken)).FirstOrDefault();
        return latest switch
        {
            null => HealthCheckResult.Degraded("no ingestion has run yet"),
            { Outcome: "failed" or "abandoned" } => HealthCheckResult.Degraded($"the last ingestion (run {latest.Id}) {latest.Outcome}: {latest.Error}"),
            _ => HealthCheckResult.Healthy($"the last ingestion (run {latest.Id}) is {latest.Outcome}"),
        };
    }
}
