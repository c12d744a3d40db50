using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>
/// An ingestion run as jobs (recurring, start-up, manual, retried): begins the run of the flow
/// (<see cref="IngestionUseCase"/>), discovers the versions, then enqueues the flow's per-version step for each; the
/// last step to finish closes the run. One run record from start to end; a run already under way is joined, not repeated.
/// </summary>
public sealed class ScheduledIngestionJob(IngestionUseCase ingestion, IJobQueue queue, IOptions<ChangeTrackerOptions> options, ILogger<ScheduledIngestionJob> logger)
{
    public const string RecurringJobId = "ingest-go-releases";
    private const int Retries = 3;
    private static readonly int[] RetryDelays = [30, 120, 600];

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [30, 120, 600], LogEvents = false)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(string? source, string trigger, PerformContext? context, CancellationToken cancellationToken)
    {
        var location = source ?? options.Value.Source;
        var actual = RetryAttempt(context) > 0 ? IngestionTriggers.Retry : trigger;
        IngestionUseCase.RunStart start;
        try
        {
            start = await ingestion.BeginAsync(location, actual, cancellationToken);
        }
        catch (ReadOnlyDatabaseException ex)
        {
            logger.LogError("Ingestion ({Trigger}) from {Source} not started: {Reason}", actual, location, ex.Message);
            return;
        }
        if (start.Busy is { } busy)
        {
            logger.LogInformation("Ingestion ({Trigger}) from {Source} skipped: run {RunId} ({Other}) is already under way", actual, location, busy.Id, busy.Trigger);
            return;
        }

        IReadOnlyList<Domain.Versions.GoVersion> versions;
        await using var alive = ingestion.KeepAlive(start.RunId);
        try
        {
            versions = await ingestion.DiscoverAsync(start.RunId, new IngestionRequest(location, Trigger: actual), null, cancellationToken);
            if (versions.Count > 0) await ingestion.QueueVersionsAsync(start.RunId, versions, cancellationToken);
        }
        catch (Exception ex)
        {
            if (ex is not OperationCanceledException) JobsLog.Bug(logger, ex, $"Ingestion run {start.RunId}", RetryAttempt(context) + 1, Retries + 1);
            await ingestion.FinishAsync(start.RunId, $"discovery stopped: {ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            throw;
        }
        if (versions.Count == 0)
        {
            await ingestion.FinishAsync(start.RunId, IngestionUseCase.NoVersions, cancellationToken);
            var attempt = RetryAttempt(context);
            JobsLog.Failed(logger, $"Ingestion run {start.RunId} from {location}", attempt + 1, Retries + 1,
                "no versions to ingest (see the run's pages for why)", JobsLog.NextAttempt(RetryDelays, attempt));
            throw new ExpectedJobFailure($"ingestion run {start.RunId} from {location} found no versions");
        }
        foreach (var version in versions) queue.EnqueueVersionStep(start.RunId, location, version.ToString());
        logger.LogInformation("Ingestion run {RunId} ({Trigger}) from {Source}: {Count} version steps enqueued", start.RunId, actual, location, versions.Count);
    }

    /// <summary>0 on the first attempt, n on the n-th retry.</summary>
    internal static int RetryAttempt(PerformContext? context) => context?.GetJobParameter<int>("RetryCount") ?? 0;
}
