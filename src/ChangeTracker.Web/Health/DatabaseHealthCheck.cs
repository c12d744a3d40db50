using ChangeTracker.Application.Hosting;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChangeTracker.Web.Health;

/// <summary>Ready when the database answers and every migration is applied; says which file and what is missing.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<ChangeTrackerDbContext> dbFactory, DatabaseStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var source = db.Database.GetDbConnection().DataSource;
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy($"the database at {source} cannot be opened");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0 && status.ReadOnlyReason is not null)
                return HealthCheckResult.Degraded(status.Degradation);
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"the database at {source} is reachable and up to date")
                : HealthCheckResult.Unhealthy($"the database at {source} lacks {pending.Count} migration(s): {string.Join(", ", pending)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the database cannot be read: {ex.Message}");
        }
    }
}
