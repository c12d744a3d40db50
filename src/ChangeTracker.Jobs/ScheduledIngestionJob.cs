using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>
/// The recurring ingestion: reads the release history (discovering versions) and the downloads feed,
/// then enqueues one ingestion job per major version, each followed by the diff recomputation for it.
/// </summary>
public sealed class ScheduledIngestionJob(IngestionUseCase ingestion, IJobQueue queue, IOptions<ChangeTrackerOptions> options, ILogger<ScheduledIngestionJob> logger)
{
    public const string RecurringJobId = "ingest-go-releases";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(string? source, CancellationToken cancellationToken)
    {
        var location = source ?? options.Value.Source;
        var request = new IngestionRequest(location, Versions: [], Trigger: "schedule");
        var report = await ingestion.RunAsync(request, null, cancellationToken);
        var versions = await ingestion.KnownVersionsAsync(cancellationToken);
        foreach (var version in versions) queue.EnqueueVersion(location, version.ToString());
        logger.LogInformation("Scheduled ingestion from {Source}: {Summary}; {Count} version jobs enqueued", location, report.Summary, versions.Count);
        if (versions.Count == 0) throw new InvalidOperationException($"ingestion from {location} found no versions: {report.Summary}");
    }
}
