using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

internal static class ReleaseRows
{
    /// <summary>The release row of a major line, created (and saved, to get its id) when missing.</summary>
    public static async Task<ReleaseRecord> GetOrAddAsync(ChangeTrackerDbContext db, GoVersion version, CancellationToken cancellationToken)
    {
        var line = version.Line;
        var key = line.ToString();
        var release = await db.Releases.FirstOrDefaultAsync(r => r.Version == key, cancellationToken);
        if (release is not null) return release;
        release = new ReleaseRecord { Version = key, SortKey = line.SortKey };
        db.Releases.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        return release;
    }
}
