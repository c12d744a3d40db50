namespace ChangeTracker.Application.Ingestion;

/// <summary>What the dashboard shows of the job system: the cron, the next scheduled run, the last ingestion job's state.</summary>
public sealed record IngestionScheduleStatus(string Cron, DateTimeOffset? NextRun, string? LastJobState, DateTimeOffset? LastJobAt)
{
    /// <summary>"next at 2026-11-28 03:00 UTC (cron 0 3 * * *)" or the cron expression when no time is known yet.</summary>
    public string NextRunText => NextRun is { } next
        ? $"next at {next.UtcDateTime:yyyy-MM-dd HH:mm} UTC (cron {Cron})"
        : $"cron {Cron}, UTC";
}

/// <summary>
/// The port through which pages ask the job system about the recurring ingestion; the Jobs project answers it from
/// Hangfire's storage, so no page reads that storage itself.
/// </summary>
public interface IIngestionSchedule
{
    Task<IngestionScheduleStatus> GetAsync(CancellationToken cancellationToken);
}
