using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Jobs;

/// <summary>
/// The flow's per-version step (<see cref="IngestionUseCase.IngestVersionAsync"/>) as a job, under the run that
/// enqueued it. A failed page is retried; its last attempt records the failure. The last step of a run to finish
/// closes the run (recomputing the stored diffs whose inputs changed). One version's step never runs twice at once,
/// whichever worker process picks it up: it holds the version's lock while it runs (<see cref="VersionLock"/>).
/// </summary>
public sealed class VersionIngestionJob(IngestionUseCase ingestion, VersionLock versionLock, ILogger<VersionIngestionJob> logger)
{
    public const int Retries = 3;
    private static readonly int[] RetryDelays = JobRetries.DelaysOf<VersionIngestionJob>(nameof(RunAsync));

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [10, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Delete, LogEvents = false)]
    public async Task RunAsync(long runId, string source, string version, PerformContext? context, CancellationToken cancellationToken)
    {
        var line = GoVersion.Parse(version);
        await using var held = await versionLock.AcquireAsync(line, cancellationToken);
        var attempt = ScheduledIngestionJob.RetryAttempt(context);
        var willRetry = attempt < Retries;
        var job = $"Run {runId}: Go {version} from {source}";
        await using var alive = ingestion.KeepAlive(runId);
        PageReport page;
        try
        {
            page = await ingestion.IngestVersionAsync(runId, source, line, force: false, willRetry, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            JobsLog.Bug(logger, ex, job, attempt + 1, Retries + 1);
            if (willRetry) throw;
            await ingestion.RecordFailedStepAsync(runId, line, $"{ex.GetType().Name}: {ex.Message}", cancellationToken);
            await ingestion.FinishIfDoneAsync(runId, cancellationToken);
            throw;
        }
        if (page.Outcome == PageOutcome.Failed && willRetry)
        {
            JobsLog.Failed(logger, job, attempt + 1, Retries + 1, page.Message ?? "the page failed", JobsLog.NextAttempt(RetryDelays, attempt));
            throw new ExpectedJobFailure($"run {runId}: ingesting Go {version} from {source} failed, will retry: {page.Message}");
        }
        await ingestion.FinishIfDoneAsync(runId, cancellationToken);
    }
}
