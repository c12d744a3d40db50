using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

public sealed record RunPageRow(string Page, string? Version, string Outcome, string? Message, int RowsWritten, long DurationMs);

public sealed record RunRow(long Id, string Source, string Trigger, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? Error, IReadOnlyList<RunPageRow> Pages)
{
    /// <summary>How many stored diffs the run recomputed because their inputs changed.</summary>
    public int DiffsRecomputed { get; init; }

    /// <summary>When the process working on the run last renewed its heartbeat (for an `abandoned` run: when it was last alive).</summary>
    public DateTimeOffset? LastAliveAt { get; init; }

    public int Count(string outcome) => Pages.Count(p => p.Outcome == outcome);
}

/// <summary>The latest ingestion runs with each page's outcome, newest first.</summary>
public sealed class RunsQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public Task<IReadOnlyList<RunRow>> LatestAsync(int count, CancellationToken cancellationToken) =>
        LatestAsync(0, count, cancellationToken);

    /// <summary>Runs newest first, skipping the newest <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<RunRow>> LatestAsync(int offset, int count, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.IngestionRuns.AsNoTracking().AsSplitQuery().Include(r => r.Pages)
            .OrderByDescending(r => r.Id).Skip(Math.Max(offset, 0)).Take(Math.Clamp(count, 1, 1000)).ToListAsync(cancellationToken);
        return runs.Select(ToRow).ToList();
    }

    /// <summary>One run with its pages, or null when there is no such run.</summary>
    public async Task<RunRow?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.IngestionRuns.AsNoTracking().Include(r => r.Pages).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? null : ToRow(run);
    }

    private static RunRow ToRow(IngestionRunRecord r) => new(r.Id, r.Source, r.Trigger, r.StartedAt, r.FinishedAt, r.Outcome, r.Error,
        r.Pages.OrderBy(p => p.Id).Select(p => new RunPageRow(p.Page, p.Version, p.Outcome, p.Message, p.RowsWritten, p.DurationMs)).ToList())
    {
        DiffsRecomputed = r.DiffsRecomputed,
        LastAliveAt = r.HeartbeatAt,
    };
}
