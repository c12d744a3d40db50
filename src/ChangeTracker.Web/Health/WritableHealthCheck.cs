using ChangeTracker.Application.Hosting;
using ChangeTracker.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChangeTracker.Web.Health;

/// <summary>Degraded when the app serves reads only: the database (or Hangfire's file) cannot be written; says which file.</summary>
public sealed class WritableHealthCheck(DatabaseStatus database, JobsStatus? jobs = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reasons = new[] { database.Degradation, jobs?.OffReason }.OfType<string>().Distinct().ToList();
        return Task.FromResult(reasons.Count == 0
            ? HealthCheckResult.Healthy("the database and the job storage can be written")
            : HealthCheckResult.Degraded(string.Join("; ", reasons)));
    }
}
