using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.TestHooks;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Records every run (start, end, source, trigger, per-page outcome, error, stored diffs recomputed) as it goes, so a
/// crash still leaves a trail; keeps to one run per source at a time; and marks a run whose heartbeat stopped as abandoned.
/// </summary>
public sealed class RunRecorder(IDbContextFactory<ChangeTrackerDbContext> dbFactory, StoreGate gate, TimeProvider clock, IOptions<ChangeTrackerOptions> options)
{
    public const string Running = "running";
    public const string Finishing = "finishing";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>The outcome of a page whose step is queued (a job) and has not finished yet.</summary>
    public const string Queued = "queued";

    /// <summary>The outcome of a run whose process died: its lease lapsed with no end recorded.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>How long a run may go without a heartbeat before it is taken as abandoned (ChangeTracker:Ingestion:Lease).</summary>
    public TimeSpan Lease => options.Value.Ingestion.Lease;

    /// <summary>
    /// Starts a run of <paramref name="source"/>, or returns the run already under way for it. Check and insert share
    /// one immediate transaction, so two processes cannot both start; a run of the source whose lease lapsed is marked
    /// abandoned first and no longer holds it.
    /// </summary>
    public Task<(long RunId, ActiveRun? Busy)> TryStartAsync(string source, string trigger, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.LockAsync(WriteLocks.RunsOf(source), cancellationToken);
            var now = clock.GetUtcNow();
            var open = await OpenRuns(db).Where(r => r.Source == source).ToListAsync(cancellationToken);
            MarkLapsed(open, now);
            if (open.Where(r => r.Outcome != Abandoned).OrderBy(r => r.Id).FirstOrDefault() is { } active)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (0L, new ActiveRun(active.Id, active.Trigger, active.StartedAt));
            }
            var run = new IngestionRunRecord { Source = source, Trigger = trigger, StartedAt = now, HeartbeatAt = now, Outcome = Running };
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (run.Id, (ActiveRun?)null);
        }, cancellationToken);

    /// <summary>Marks every open run (of any source) whose lease lapsed as abandoned; what a host does at start. Returns how many.</summary>
    public Task<int> AbandonLapsedAsync(CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var open = await OpenRuns(db).ToListAsync(cancellationToken);
            var marked = MarkLapsed(open, clock.GetUtcNow());
            if (marked > 0) await db.SaveChangesAsync(cancellationToken);
            return marked;
        }, cancellationToken);

    /// <summary>Renews the heartbeat of an open run; false when the run is no longer open (finished or abandoned).</summary>
    public Task<bool> BeatAsync(long runId, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var renewed = await db.IngestionRuns.Where(r => r.Id == runId && (r.Outcome == Running || r.Outcome == Finishing))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), cancellationToken);
            return renewed == 1;
        }, cancellationToken);

    /// <summary>The open runs that still have steps queued as jobs (a process running jobs keeps them alive).</summary>
    public async Task<IReadOnlyList<long>> QueuedRunsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.IngestionRuns.Where(r => r.Outcome == Running && db.IngestionPages.Any(p => p.RunId == r.Id && p.Outcome == Queued))
            .Select(r => r.Id).ToListAsync(cancellationToken);
    }

    private static IQueryable<IngestionRunRecord> OpenRuns(ChangeTrackerDbContext db) =>
        db.IngestionRuns.Where(r => r.Outcome == Running || r.Outcome == Finishing);

    private int MarkLapsed(IEnumerable<IngestionRunRecord> open, DateTimeOffset now)
    {
        var marked = 0;
        foreach (var run in open)
        {
            var lastAlive = run.HeartbeatAt ?? run.StartedAt;
            if (now - lastAlive <= Lease) continue;
            run.Outcome = Abandoned;
            run.FinishedAt = now;
            run.Error = $"abandoned: last alive at {lastAlive.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (no heartbeat within the {Lease:g} lease)";
            marked++;
        }
        return marked;
    }

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
            var saved = await db.SaveChangesAsync(cancellationToken);
            CrashTestHook.Reach(CrashTestHook.PageRecorded);
            return saved;
        }, cancellationToken);

    /// <summary>
    /// Notes on a queued page that its step is enqueued as job <paramref name="jobId"/>; a run job that resumes after its
    /// process died enqueues only the pages without such a note (<see cref="StepsAsync"/>).
    /// </summary>
    public Task<int> StepEnqueuedAsync(long runId, string version, string jobId, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var message = $"waiting as job {jobId}";
            return await db.IngestionPages.Where(p => p.RunId == runId && p.Version == version && p.Outcome == Queued && p.Message == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Message, message), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Where an open run's steps stand, for its run job to resume: null when the run is no longer open; otherwise the
    /// versions queued with no job yet (empty when all are enqueued), and whether any were queued at all (not when the
    /// run job died before queueing them: then it discovers them again).
    /// </summary>
    public async Task<RunSteps?> StepsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.IngestionRuns.AnyAsync(r => r.Id == runId && r.Outcome == Running, cancellationToken);
        if (!open) return null;
        var versionPages = await db.IngestionPages.Where(p => p.RunId == runId && p.Version != null)
            .Select(p => new { p.Version, p.Outcome, p.Message }).ToListAsync(cancellationToken);
        return new RunSteps(Queued: versionPages.Any(p => p.Outcome != Failed), versionPages.Where(p => p.Outcome == Queued && p.Message == null).Select(p => p.Version!).ToList());
    }

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

/// <summary>An open run's steps: whether its versions were queued, and which of them have no job yet.</summary>
public sealed record RunSteps(bool Queued, IReadOnlyList<string> WithoutJob);
