using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// The one answer to "which major versions are stored": every release row (the release history discovers them),
/// ascending. The API, the CLI, the platform queries, the diffs and the ingestion all ask here.
/// </summary>
public sealed class KnownVersionsQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    /// <summary>Every stored major line, ascending.</summary>
    public async Task<IReadOnlyList<GoVersion>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await AllAsync(db, cancellationToken);
    }

    /// <summary>The stored major lines whose notes page is stored (they have facts to diff), ascending.</summary>
    public async Task<IReadOnlyList<GoVersion>> WithNotesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await WithNotesAsync(db, cancellationToken);
    }

    /// <summary>The stored major lines whose notes page is stored, read through a context the caller already holds.</summary>
    public static async Task<IReadOnlyList<GoVersion>> WithNotesAsync(ChangeTrackerDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Releases.AsNoTracking().Where(r => r.ContentHash != null).Select(r => r.Version).ToListAsync(cancellationToken);
        return stored.Select(GoVersion.Parse).Order().ToList();
    }

    /// <summary>Every stored major line, ascending, read through a context the caller already holds.</summary>
    public static async Task<IReadOnlyList<GoVersion>> AllAsync(ChangeTrackerDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Releases.AsNoTracking().Select(r => r.Version).ToListAsync(cancellationToken);
        return stored.Select(GoVersion.Parse).Order().ToList();
    }
}
