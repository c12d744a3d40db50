using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using Hangfire;
using Hangfire.Server;

namespace ChangeTracker.Jobs;

/// <summary>
/// The flow's per-version step (<see cref="IngestionUseCase.IngestVersionAsync"/>) as a job, under the run that
/// enqueued it. A failed page is retried; its last attempt records the failure. The last step of a run to finish
/// closes the run (recomputing the stored diffs whose inputs changed). One version's step never runs twice at once,
/// whichever worker process picks it up: it holds the version's lock while it runs (<see cref="VersionLock"/>).
/// </summary>
public sealed class VersionIngestionJob(IngestionUseCase ingestion, VersionLock versionLock)
{
    public const int Retries = 3;


    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [10, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(long runId, string source, string version, PerformContext? context, CancellationToken cancellationToken)
    {
        var line = GoVersion.Parse(version);
        await using var held = await versionLock.AcquireAsync(line, cancellationToken);
        var willRetry = ScheduledIngestionJob.RetryAttempt(context) < Retries;
        PageReport page;
        try
        {
            page = await ingestion.IngestVersionAsync(runId, source, line, force: false, willRetry, cancellationToken);
        }
        catch (Exception ex) when (!willRetry && ex is not OperationCanceledException)
        {
            await ingestion.RecordFailedStepAsync(runId, line, $"{ex.GetType().Name}: {ex.Message}", cancellationToken);
            await ingestion.FinishIfDoneAsync(runId, cancellationToken);
            throw;
        }
        if (page.Outcome == PageOutcome.Failed && willRetry)
            throw new InvalidOperationException($"run {runId}: ingesting Go {version} from {source} failed, will retry: {page.Message}");
        await ingestion.FinishIfDoneAsync(runId, cancellationToken);
    }
}
