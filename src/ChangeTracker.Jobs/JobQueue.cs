using ChangeTracker.Application.Ingestion;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace ChangeTracker.Jobs;

/// <summary>What <see cref="IJobQueue.EnqueueIngestion"/> did: enqueued a new run, or joined one already queued or running.</summary>
public sealed record IngestionTicket(string JobId, bool Joined, string Note);

/// <summary>Enqueues ChangeTracker's jobs: ingestion runs (at most one queued at a time), their version steps, exports.</summary>
public interface IJobQueue
{
    /// <summary>
    /// Asks for an ingestion run. When one is already enqueued or running, joins it; when a failed one waits for its
    /// retry, brings the retry forward instead of starting a second run.
    /// </summary>
    IngestionTicket EnqueueIngestion(string trigger, string? source = null);

    string EnqueueVersionStep(long runId, string source, string version);

    string EnqueueExport(string from, string to, string format);
}

public sealed class JobQueue(IBackgroundJobClient jobs, JobStorage storage) : IJobQueue
{
    private const string LastIngestionKey = "changetracker:ingestion";

    public IngestionTicket EnqueueIngestion(string trigger, string? source = null)
    {
        using var connection = storage.GetConnection();
        var last = connection.GetAllEntriesFromHash(LastIngestionKey)?.GetValueOrDefault("job");
        var lastState = last is null ? null : connection.GetJobData(last)?.State;
        var monitor = storage.GetMonitoringApi();
        var running = lastState is "Processing" ? last : Pending(monitor.ProcessingJobs(0, 100)).FirstOrDefault();
        if (running is not null) return new IngestionTicket(running, true, $"joined ingestion job {running}, already running");
        var queued = lastState is "Enqueued" or "Awaiting" ? last
            : Pending(monitor.Queues().SelectMany(q => monitor.EnqueuedJobs(q.Name, 0, 100))).FirstOrDefault();
        if (queued is not null) return new IngestionTicket(queued, true, $"joined ingestion job {queued}, already queued");
        var retry = lastState is "Scheduled" ? last : Pending(monitor.ScheduledJobs(0, 100)).FirstOrDefault();
        if (retry is not null)
        {
            jobs.Requeue(retry);
            return new IngestionTicket(retry, true, $"brought forward the pending retry of ingestion job {retry} instead of starting another");
        }
        var id = jobs.Enqueue<ScheduledIngestionJob>(j => j.RunAsync(source, trigger, null, CancellationToken.None));
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.SetRangeInHash(LastIngestionKey, [new KeyValuePair<string, string>("job", id)]);
            transaction.Commit();
        }
        return new IngestionTicket(id, false, $"enqueued ingestion job {id} ({trigger})");
    }

    public string EnqueueVersionStep(long runId, string source, string version) =>
        jobs.Enqueue<VersionIngestionJob>(j => j.RunAsync(runId, source, version, null, CancellationToken.None));

    public string EnqueueExport(string from, string to, string format) =>
        jobs.Enqueue<ReportExportJob>(j => j.RunAsync(from, to, format, CancellationToken.None));

    private static IEnumerable<string> Pending<T>(JobList<T> list) => Pending((IEnumerable<KeyValuePair<string, T>>)list);

    private static IEnumerable<string> Pending<T>(IEnumerable<KeyValuePair<string, T>> list) =>
        list.Where(j => JobOf(j.Value)?.Type == typeof(ScheduledIngestionJob)).Select(j => j.Key);

    private static Hangfire.Common.Job? JobOf(object? dto) => dto switch
    {
        ProcessingJobDto p => p.Job,
        EnqueuedJobDto e => e.Job,
        ScheduledJobDto s => s.Job,
        _ => null,
    };
}
