using System.Security.Cryptography;
using System.Text;
using ChangeTracker.Diffs;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Diffs;

/// <summary>
/// The materialized diffs of adjacent major releases: written by the jobs after a version changes, read
/// back for adjacent pairs while their inputs (the stored pages, history and downloads) are unchanged.
/// </summary>
public sealed class StoredDiffs(IDbContextFactory<ChangeTrackerDbContext> dbFactory, DiffInputLoader loader, TimeProvider clock)
{
    /// <summary>The stored diff of an adjacent upgrade pair, or null when none is stored or its inputs changed since.</summary>
    public async Task<VersionDiff?> FindAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (lower, upper) = (from.Line, to.Line);
        var record = await db.StoredDiffs.AsNoTracking().AsSplitQuery()
            .Include(d => d.Facts).Include(d => d.Files).Include(d => d.Revisions)
            .FirstOrDefaultAsync(d => d.FromVersion == lower.ToString() && d.ToVersion == upper.ToString(), cancellationToken);
        if (record is null || record.InputsHash != await InputsHashAsync(db, cancellationToken)) return null;
        return StoredDiffMapping.ToDiff(record, from, to);
    }

    /// <summary>The adjacent pairs of stored major lines, ascending.</summary>
    public async Task<IReadOnlyList<(GoVersion From, GoVersion To)>> AdjacentPairsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = (await db.Releases.AsNoTracking().Where(r => r.ContentHash != null).Select(r => r.Version).ToListAsync(cancellationToken))
            .Select(GoVersion.Parse).Order().ToList();
        return lines.Zip(lines.Skip(1)).ToList();
    }

    /// <summary>Recomputes and stores the adjacent diffs that involve <paramref name="version"/> (or all when null). Returns how many.</summary>
    public async Task<int> RecomputeAsync(GoVersion? version, CancellationToken cancellationToken)
    {
        var pairs = (await AdjacentPairsAsync(cancellationToken))
            .Where(p => version is null || p.From == version.Value.Line || p.To == version.Value.Line)
            .ToList();
        foreach (var (from, to) in pairs)
        {
            var input = await loader.LoadAsync(from, to, cancellationToken);
            await SaveAsync(DiffEngine.Compute(from, to, input), cancellationToken);
        }
        return pairs.Count;
    }

    private async Task SaveAsync(VersionDiff diff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var from = diff.From.ToString();
        var to = diff.To.ToString();
        await db.StoredDiffs.Where(d => d.FromVersion == from && d.ToVersion == to).ExecuteDeleteAsync(cancellationToken);
        db.StoredDiffs.Add(StoredDiffMapping.ToRecord(diff, await InputsHashAsync(db, cancellationToken), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A digest of everything a diff is computed from: every stored page's content hash.</summary>
    private static async Task<string> InputsHashAsync(ChangeTrackerDbContext db, CancellationToken cancellationToken)
    {
        var hashes = await db.SourceDocuments.AsNoTracking().OrderBy(d => d.Path).Select(d => d.Path + "=" + d.ContentHash).ToListAsync(cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", hashes))));
    }
}
