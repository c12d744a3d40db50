using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>One stored major release with what is known about it.</summary>
public sealed record VersionRow(
    string Version,
    DateOnly? ReleaseDate,
    string? NotesUrl,
    DateTimeOffset? IngestedAt,
    int Items,
    int Facts,
    int Revisions,
    string? LatestRevision);

public sealed class VersionsQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<VersionRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.Releases.AsNoTracking()
            .OrderBy(r => r.SortKey)
            .Select(r => new { r.Version, r.ReleaseDate, r.NotesUrl, r.IngestedAt, Items = r.Items.Count })
            .ToListAsync(cancellationToken);
        var facts = await db.Facts.AsNoTracking().GroupBy(f => f.PageVersion)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var revisions = (await db.Revisions.AsNoTracking().Select(r => new { r.Line, r.Version, r.SortKey }).ToListAsync(cancellationToken))
            .GroupBy(r => r.Line)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Latest: g.MaxBy(r => r.SortKey)!.Version));
        return releases.Select(r => new VersionRow(
            r.Version, r.ReleaseDate, r.NotesUrl, r.IngestedAt, r.Items,
            facts.GetValueOrDefault(r.Version),
            revisions.TryGetValue(r.Version, out var rev) ? rev.Count : 0,
            revisions.TryGetValue(r.Version, out var latest) ? latest.Latest : null)).ToList();
    }
}
