using ChangeTracker.Application.Ingestion;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>
/// Answers <see cref="IIngestionSchedule"/> from Hangfire's storage: the recurring ingestion's next and last execution;
/// only the configured cron when jobs are off (Hangfire's storage is then never opened).
/// </summary>
public sealed class HangfireIngestionSchedule(IServiceProvider services, IOptions<JobsOptions> options, JobsStatus? status = null) : IIngestionSchedule
{
    public Task<IngestionScheduleStatus> GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (status is { Available: false }) return Task.FromResult(new IngestionScheduleStatus(options.Value.IngestCron, null, null, null));
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
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
