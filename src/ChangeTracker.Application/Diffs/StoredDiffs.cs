using ChangeTracker.Application.Queries;
using ChangeTracker.Application.TestHooks;
using ChangeTracker.Diffs;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Diffs;

/// <summary>
/// The materialized diffs of adjacent major releases. Each is keyed by its pair and by the digest of exactly its inputs
/// (<see cref="DiffInputDigest"/>): an ingestion refreshes only the pairs whose inputs changed, and a stored diff is
/// served only while its inputs are what it was computed from.
/// </summary>
public sealed class StoredDiffs(IDbContextFactory<ChangeTrackerDbContext> dbFactory, DatabaseTarget target, DiffInputLoader loader, KnownVersionsQuery versions, TimeProvider clock)
{
    /// <summary>The stored diff of an adjacent upgrade pair, or null when none is stored or its inputs changed since.</summary>
    public async Task<VersionDiff?> FindAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken) =>
        await FindAsync(from, to, await loader.LoadAsync(from.Line, to.Line, cancellationToken), cancellationToken);

    /// <summary>
    /// The stored diff of an adjacent upgrade pair whose inputs are <paramref name="input"/> (as the pair's loader reads
    /// them), or null. Plain reads (<see cref="PlainReads"/>), as the web app, the jobs and the CLI share them: its rows
    /// are read only when the stored inputs hash still matches.
    /// </summary>
    public async Task<VersionDiff?> FindAsync(GoVersion from, GoVersion to, DiffInput input, CancellationToken cancellationToken)
    {
        await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
        await using var command = PlainReads.Command(connection,
            """SELECT "Id", "InputsHash", "ToVersion" FROM "StoredDiffs" WHERE "FromVersion" = @from AND "ToVersion" = @to;""",
            ("@from", from.Line.ToString()), ("@to", to.Line.ToString()));
        StoredDiffRecord? record = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
                record = new StoredDiffRecord { Id = reader.GetInt64(0), InputsHash = reader.GetString(1), FromVersion = from.Line.ToString(), ToVersion = reader.GetString(2) };
        }
        if (record is null || record.InputsHash != DiffInputDigest.Of(from.Line, to.Line, input)) return null;
        await StoredDiffRows.ReadAsync(connection, record, cancellationToken);
        return StoredDiffMapping.ToDiff(record, from, to);
    }

    /// <summary>
    /// Whether a diff of this pair is one the jobs store: an upgrade between two major lines that are adjacent among
    /// <paramref name="linesWithNotes"/> (what <see cref="AdjacentPairsAsync"/> pairs up).
    /// </summary>
    public static bool CanBeStored(GoVersion from, GoVersion to, IReadOnlySet<GoVersion> linesWithNotes) =>
        from.IsLine && to.IsLine && from < to
        && linesWithNotes.Contains(from.Line) && linesWithNotes.Contains(to.Line)
        && !linesWithNotes.Any(line => from.Line < line && line < to.Line);

    /// <summary>The adjacent pairs of major lines whose notes are stored, ascending.</summary>
    public async Task<IReadOnlyList<(GoVersion From, GoVersion To)>> AdjacentPairsAsync(CancellationToken cancellationToken)
    {
        var lines = await versions.WithNotesAsync(cancellationToken);
        return lines.Zip(lines.Skip(1)).ToList();
    }

    /// <summary>
    /// Brings the stored diffs up to date: recomputes exactly the adjacent pairs whose inputs changed (or that are not
    /// stored yet) and drops the stored diffs of pairs that are no longer adjacent. Returns the pairs recomputed.
    /// </summary>
    public async Task<IReadOnlyList<(GoVersion From, GoVersion To)>> RefreshAsync(CancellationToken cancellationToken)
    {
        var pairs = await AdjacentPairsAsync(cancellationToken);
        Dictionary<(string, string), string> stored;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            stored = await db.StoredDiffs.AsNoTracking()
                .ToDictionaryAsync(d => (d.FromVersion, d.ToVersion), d => d.InputsHash, cancellationToken);
            var keep = pairs.Select(p => p.From.ToString() + "→" + p.To.ToString()).ToList();
            var stale = stored.Keys.Where(k => !keep.Contains(k.Item1 + "→" + k.Item2)).ToList();
            foreach (var (from, to) in stale)
                await db.StoredDiffs.Where(d => d.FromVersion == from && d.ToVersion == to).ExecuteDeleteAsync(cancellationToken);
        }

        var recomputed = new List<(GoVersion, GoVersion)>();
        var inputs = await loader.LoadPairsAsync(pairs, cancellationToken);
        foreach (var ((from, to), input) in pairs.Zip(inputs))
        {
            var digest = DiffInputDigest.Of(from, to, input);
            if (stored.TryGetValue((from.ToString(), to.ToString()), out var hash) && hash == digest) continue;
            await SaveAsync(DiffEngine.Compute(from, to, input), digest, cancellationToken);
            recomputed.Add((from, to));
        }
        return recomputed;
    }

    /// <summary>Recomputes and stores the adjacent diffs that involve <paramref name="version"/> (or all when null), changed or not. Returns how many.</summary>
    public async Task<int> RecomputeAsync(GoVersion? version, CancellationToken cancellationToken)
    {
        var pairs = (await AdjacentPairsAsync(cancellationToken))
            .Where(p => version is null || p.From == version.Value.Line || p.To == version.Value.Line)
            .ToList();
        var inputs = await loader.LoadPairsAsync(pairs, cancellationToken);
        foreach (var ((from, to), input) in pairs.Zip(inputs))
            await SaveAsync(DiffEngine.Compute(from, to, input), DiffInputDigest.Of(from, to, input), cancellationToken);
        return pairs.Count;
    }

    private async Task SaveAsync(VersionDiff diff, string inputsHash, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockAsync(WriteLocks.Store, cancellationToken);
        var from = diff.From.ToString();
        var to = diff.To.ToString();
        await db.StoredDiffs.Where(d => d.FromVersion == from && d.ToVersion == to).ExecuteDeleteAsync(cancellationToken);
        await InsertAsync(db, StoredDiffMapping.ToRecord(diff, inputsHash, clock.GetUtcNow()), cancellationToken);
        CrashTestHook.Reach(CrashTestHook.DiffTransaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The diff's row through EF (for its id), then its hundreds of child rows with one prepared insert each kind.</summary>
    private static async Task InsertAsync(ChangeTrackerDbContext db, StoredDiffRecord record, CancellationToken cancellationToken)
    {
        var (facts, files, revisions) = (record.Facts, record.Files, record.Revisions);
        record.Facts = [];
        record.Files = [];
        record.Revisions = [];
        db.StoredDiffs.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        facts.ForEach(f => f.DiffId = record.Id);
        files.ForEach(f => f.DiffId = record.Id);
        revisions.ForEach(r => r.DiffId = record.Id);
        await db.InsertAsync(facts, cancellationToken);
        await db.InsertAsync(files, cancellationToken);
        await db.InsertAsync(revisions, cancellationToken);
    }
}
