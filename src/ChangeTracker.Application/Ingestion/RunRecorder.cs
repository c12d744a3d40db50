using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>Records every run (start, end, source, per-page outcome, error) as it goes, so a crash still leaves a trail.</summary>
public sealed class RunRecorder(IDbContextFactory<ChangeTrackerDbContext> dbFactory, StoreGate gate, TimeProvider clock)
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public Task<long> StartAsync(string source, string trigger, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var run = new IngestionRunRecord { Source = source, Trigger = trigger, StartedAt = clock.GetUtcNow(), Outcome = Running };
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            return run.Id;
        }, cancellationToken);

    public Task<int> PageAsync(long runId, PageReport page, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.IngestionPages.Add(new IngestionPageRecord
            {
                RunId = runId,
                Page = page.Page,
                Version = page.Version,
                Outcome = page.Outcome.ToString().ToLowerInvariant(),
                Message = page.Message,
                RowsWritten = page.RowsWritten,
                DurationMs = (long)page.Duration.TotalMilliseconds,
            });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<int> FinishAsync(IngestionReport report, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var run = await db.IngestionRuns.FirstAsync(r => r.Id == report.RunId, cancellationToken);
            run.FinishedAt = clock.GetUtcNow();
            run.Outcome = report.Succeeded ? Succeeded : Failed;
            run.Error = report.Succeeded ? null : report.Summary;
            return await db.SaveChangesAsync(cancellationToken);
        }, CancellationToken.None);
}
