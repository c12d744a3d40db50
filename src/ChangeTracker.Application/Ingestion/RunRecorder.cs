using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Records every run (start, end, source, trigger, per-page outcome, error, stored diffs recomputed) as it goes, so a
/// crash still leaves a trail; and keeps to one run per source at a time.
/// </summary>
public sealed class RunRecorder(IDbContextFactory<ChangeTrackerDbContext> dbFactory, StoreGate gate, TimeProvider clock)
{
    public const string Running = "running";
    public const string Finishing = "finishing";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>The outcome of a page whose step is queued (a job) and has not finished yet.</summary>
    public const string Queued = "queued";

    /// <summary>A run with no end after this long was abandoned (its process died): it no longer holds the source.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Starts a run of <paramref name="source"/>, or returns the run already under way for it. Check and insert share
    /// one immediate transaction, so two processes cannot both start; a run older than <see cref="AbandonedAfter"/>
    /// is closed as abandoned first.
    /// </summary>
    public Task<(long RunId, ActiveRun? Busy)> TryStartAsync(string source, string trigger, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.LockAsync(WriteLocks.RunsOf(source), cancellationToken);
            var now = clock.GetUtcNow();
            var open = await db.IngestionRuns.Where(r => r.Source == source && (r.Outcome == Running || r.Outcome == Finishing)).ToListAsync(cancellationToken);
            foreach (var abandoned in open.Where(r => now - r.StartedAt > AbandonedAfter))
            {
                abandoned.Outcome = Failed;
                abandoned.FinishedAt = now;
                abandoned.Error = $"abandoned: no end recorded within {AbandonedAfter.TotalMinutes:0} minutes of its start";
            }
            if (open.Where(r => r.Outcome != Failed).OrderBy(r => r.Id).FirstOrDefault() is { } active)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (0L, new ActiveRun(active.Id, active.Trigger, active.StartedAt));
            }
            var run = new IngestionRunRecord { Source = source, Trigger = trigger, StartedAt = now, Outcome = Running };
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (run.Id, (ActiveRun?)null);
        }, cancellationToken);

    /// <summary>Records the pages of steps that will run as jobs, as queued, so the run knows when its last step is done.</summary>
    public Task<int> QueueAsync(long runId, IEnumerable<(string Page, string Version)> pages, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.IngestionPages.AddRange(pages.Select(p => new IngestionPageRecord { RunId = runId, Page = p.Page, Version = p.Version, Outcome = Queued }));
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Records a page's outcome, replacing its queued entry. A step that runs twice (a job retried, or run twice at once)
    /// keeps one entry: an ingested or failed outcome is not overwritten by a later "unchanged" of the same content.
    /// </summary>
    public Task<int> PageAsync(long runId, PageReport page, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var record = await db.IngestionPages.FirstOrDefaultAsync(p => p.RunId == runId && p.Page == page.Page, cancellationToken);
            var outcome = page.Outcome.ToString().ToLowerInvariant();
            if (record is null)
            {
                record = new IngestionPageRecord { RunId = runId, Page = page.Page, Outcome = outcome };
                db.IngestionPages.Add(record);
            }
            else if (record.Outcome != Queued && !(page.Outcome == PageOutcome.Ingested || record.Outcome == Failed))
                return 0;
            record.Version = page.Version;
            record.Outcome = outcome;
            record.Message = page.Message;
            record.RowsWritten = page.RowsWritten;
            record.DurationMs = (long)page.Duration.TotalMilliseconds;
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Notes on a queued page why its step is waiting (a failed attempt that will be retried).</summary>
    public Task<int> RequeueAsync(long runId, string page, string message, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.IngestionPages.Where(p => p.RunId == runId && p.Page == page && p.Outcome == Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Message, message), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Claims the finishing of a run whose steps are all done: true for exactly one caller, false while a step is still
    /// queued or when another caller has claimed (or finished) it.
    /// </summary>
    public Task<bool> TryClaimFinishAsync(long runId, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var claimed = await db.IngestionRuns
                .Where(r => r.Id == runId && r.Outcome == Running && !db.IngestionPages.Any(p => p.RunId == runId && p.Outcome == Queued))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, Finishing), cancellationToken);
            return claimed == 1;
        }, cancellationToken);

    /// <summary>True when the run stored at least one notes page (its facts changed or were re-stored).</summary>
    public async Task<bool> StoredNotesAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ingested = PageOutcome.Ingested.ToString().ToLowerInvariant();
        return await db.IngestionPages.AnyAsync(p => p.RunId == runId && p.Version != null && p.Outcome == ingested, cancellationToken);
    }

    /// <summary>Closes a run: its outcome follows from the stored page outcomes and <paramref name="error"/>. Returns its report.</summary>
    public Task<IngestionReport> FinishAsync(long runId, string? error, IReadOnlyList<string> diffsRecomputed, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var run = await db.IngestionRuns.Include(r => r.Pages).FirstAsync(r => r.Id == runId, cancellationToken);
            var pages = run.Pages.OrderBy(p => p.Id).Select(ToReport).ToList();
            var report = new IngestionReport(run.Id, run.Source, pages, error) { DiffsRecomputed = diffsRecomputed };
            run.FinishedAt = clock.GetUtcNow();
            run.Outcome = report.Succeeded ? Succeeded : Failed;
            run.Error = report.Succeeded ? null : report.Summary;
            run.DiffsRecomputed = diffsRecomputed.Count;
            await db.SaveChangesAsync(cancellationToken);
            return report;
        }, CancellationToken.None);

    private static PageReport ToReport(IngestionPageRecord p) => new(
        p.Page, p.Version,
        p.Outcome switch { "ingested" => PageOutcome.Ingested, "unchanged" => PageOutcome.Unchanged, _ => PageOutcome.Failed },
        p.Outcome == Queued ? $"never finished: {p.Message ?? "its step did not run"}" : p.Message,
        p.RowsWritten, TimeSpan.FromMilliseconds(p.DurationMs));
}
