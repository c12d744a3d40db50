using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.TestHooks;
using ChangeTracker.Domain.Versions;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>
/// An ingestion run as jobs (recurring, start-up, manual, retried): begins the run of the flow
/// (<see cref="IngestionUseCase"/>), discovers the versions, then enqueues the flow's per-version step for each; the
/// last step to finish closes the run. One run record from start to end; a run already under way is joined, not repeated
/// (one immediate transaction decides, <see cref="IngestionUseCase.BeginAsync"/>). When the worker running this job dies,
/// the worker that takes the job over resumes the run it started: it enqueues the steps that have no job yet.
/// </summary>
public sealed class ScheduledIngestionJob(IngestionUseCase ingestion, IJobQueue queue, IOptions<ChangeTrackerOptions> options, ILogger<ScheduledIngestionJob> logger)
{
    public const string RecurringJobId = "ingest-go-releases";
    private const int Retries = 3;
    private static readonly int[] RetryDelays = JobRetries.DelaysOf<ScheduledIngestionJob>(nameof(RunAsync));

    /// <summary>The job parameter naming the run a run job started, so the job resumes that run if its process dies.</summary>
    public const string RunIdParameter = "ChangeTrackerRunId";

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [30, 120, 600], LogEvents = false)]
    public async Task RunAsync(string? source, string trigger, PerformContext? context, CancellationToken cancellationToken)
    {
        var location = source ?? options.Value.Source;
        var actual = RetryAttempt(context) > 0 ? IngestionTriggers.Retry : trigger;
        if (StartedRun(context) is { } started && await ingestion.StepsAsync(started, cancellationToken) is { } steps)
        {
            logger.LogInformation("Ingestion run {RunId} ({Trigger}) from {Source} resumed: its job was taken over from a worker that stopped", started, actual, location);
            await QueueStepsAsync(started, location, actual, steps.Queued ? steps.WithoutJob.Select(GoVersion.Parse).ToList() : null, context, cancellationToken);
            return;
        }
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
        context?.SetJobParameter(RunIdParameter, start.RunId);
        await QueueStepsAsync(start.RunId, location, actual, null, context, cancellationToken);
    }

    /// <summary>
    /// Enqueues the run's per-version steps: the versions discovered now (and recorded as queued) when
    /// <paramref name="queued"/> is null, else those queued versions that have no job yet.
    /// </summary>
    private async Task QueueStepsAsync(long runId, string location, string trigger, IReadOnlyList<GoVersion>? queued, PerformContext? context, CancellationToken cancellationToken)
    {
        IReadOnlyList<GoVersion> versions;
        await using var alive = ingestion.KeepAlive(runId);
        try
        {
            versions = queued ?? await ingestion.DiscoverAsync(runId, new IngestionRequest(location, Trigger: trigger), null, cancellationToken);
            if (queued is null && versions.Count > 0) await ingestion.QueueVersionsAsync(runId, versions, cancellationToken);
        }
        catch (Exception ex)
        {
            if (ex is not OperationCanceledException) JobsLog.Bug(logger, ex, $"Ingestion run {runId}", RetryAttempt(context) + 1, Retries + 1);
            await ingestion.FinishAsync(runId, $"discovery stopped: {ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            throw;
        }
        if (queued is null && versions.Count == 0)
        {
            await ingestion.FinishAsync(runId, IngestionUseCase.NoVersions, cancellationToken);
            var attempt = RetryAttempt(context);
            JobsLog.Failed(logger, $"Ingestion run {runId} from {location}", attempt + 1, Retries + 1,
                "no versions to ingest (see the run's pages for why)", JobsLog.NextAttempt(RetryDelays, attempt));
            throw new ExpectedJobFailure($"ingestion run {runId} from {location} found no versions");
        }
        foreach (var version in versions)
        {
            await ingestion.StepEnqueuedAsync(runId, version, queue.EnqueueVersionStep(runId, location, version.ToString()), cancellationToken);
            CrashTestHook.Reach(CrashTestHook.StepEnqueued);
        }
        logger.LogInformation("Ingestion run {RunId} ({Trigger}) from {Source}: {Count} version steps enqueued", runId, trigger, location, versions.Count);
    }

    /// <summary>The run this job started in an earlier execution (its process died before the job ended), if any.</summary>
    private static long? StartedRun(PerformContext? context) =>
        context?.GetJobParameter<long>(RunIdParameter) is > 0 and var id ? id : null;

    /// <summary>0 on the first attempt, n on the n-th retry.</summary>
    internal static int RetryAttempt(PerformContext? context) => context?.GetJobParameter<int>("RetryCount") ?? 0;
}
