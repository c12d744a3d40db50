using ChangeTracker.Application.Ingestion;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>Answers <see cref="IIngestionSchedule"/> from Hangfire's storage: the recurring ingestion's next and last execution.</summary>
public sealed class HangfireIngestionSchedule(JobStorage storage, IOptions<JobsOptions> options) : IIngestionSchedule
{
    public Task<IngestionScheduleStatus> GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = storage.GetConnection();
        var job = connection.GetRecurringJobs().FirstOrDefault(j => j.Id == ScheduledIngestionJob.RecurringJobId);
        return Task.FromResult(new IngestionScheduleStatus(
            job?.Cron ?? options.Value.IngestCron,
            AsUtc(job?.NextExecution),
            job?.LastJobState,
            AsUtc(job?.LastExecution)));
    }

    private static DateTimeOffset? AsUtc(DateTime? time) =>
        time is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
}
