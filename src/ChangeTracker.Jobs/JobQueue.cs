using Hangfire;

namespace ChangeTracker.Jobs;

/// <summary>Enqueues ChangeTracker's jobs: a version ingestion continues into the diff recomputation for that version.</summary>
public interface IJobQueue
{
    string EnqueueVersion(string source, string version);
    string EnqueueExport(string from, string to, string format);
    string EnqueueScheduledIngestion(string? source);
}

public sealed class JobQueue(IBackgroundJobClient jobs) : IJobQueue
{
    public string EnqueueVersion(string source, string version)
    {
        var ingest = jobs.Enqueue<VersionIngestionJob>(j => j.RunAsync(source, version, CancellationToken.None));
        jobs.ContinueJobWith<DiffRecomputeJob>(ingest, j => j.RunAsync(version, CancellationToken.None));
        return ingest;
    }

    public string EnqueueExport(string from, string to, string format) =>
        jobs.Enqueue<ReportExportJob>(j => j.RunAsync(from, to, format, CancellationToken.None));

    public string EnqueueScheduledIngestion(string? source) =>
        jobs.Enqueue<ScheduledIngestionJob>(j => j.RunAsync(source, CancellationToken.None));
}
