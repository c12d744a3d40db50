using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// One stored major release with what is known about it. <see cref="Revisions"/> counts every revision the
/// history lists; <see cref="LatestRevision"/> follows <see cref="LatestRelease"/> and <see cref="LatestRevisionDate"/> is
/// when it shipped; <see cref="Eol"/> is the day Go 1.N+2 shipped (<see cref="SupportPolicy"/>), null while supported.
/// </summary>
public sealed record VersionRow(
    string Version,
    DateOnly? ReleaseDate,
    string? NotesUrl,
    DateTimeOffset? IngestedAt,
    int Items,
    int Facts,
    int Revisions,
    string LatestRevision,
    DateOnly? LatestRevisionDate,
    DateOnly? Eol);

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
        var revisionRows = await RevisionRowsAsync(db, cancellationToken);
        var revisions = ByLine(revisionRows);
        var dateOf = revisionRows.GroupBy(r => r.Version).ToDictionary(g => g.Key, g => g.First().Date);
        var releaseDates = releases.GroupBy(r => GoVersion.Parse(r.Version).Line).ToDictionary(g => g.Key, g => g.First().ReleaseDate);
        return releases.Select(r =>
        {
            var line = GoVersion.Parse(r.Version).Line;
            var latest = LatestRelease.Of(line, revisions[line]);
            var latestDate = dateOf.TryGetValue(latest, out var date) && date is not null ? date
                : latest == line.FirstRelease ? r.ReleaseDate : null;
            return new VersionRow(
                r.Version, r.ReleaseDate, r.NotesUrl, r.IngestedAt, r.Items,
                facts.GetValueOrDefault(r.Version),
                revisions[line].Count(),
                latest.ToString(),
                latestDate,
                SupportPolicy.EndOfLife(line, releaseDates));
        }).ToList();
    }

    /// <summary>Every stored revision's version and flag, by major line: what <see cref="LatestRelease"/> decides from.</summary>
    internal static async Task<ILookup<GoVersion, (GoVersion Version, bool ShouldNotBeUsed)>> RevisionsByLineAsync(
        ChangeTrackerDbContext db, CancellationToken cancellationToken) =>
        ByLine(await RevisionRowsAsync(db, cancellationToken));

    private sealed record RevisionRow(GoVersion Version, bool ShouldNotBeUsed, DateOnly? Date);

    /// <summary>Every stored revision's version, flag and date, in one query.</summary>
    private static async Task<IReadOnlyList<RevisionRow>> RevisionRowsAsync(ChangeTrackerDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Revisions.AsNoTracking().Select(r => new { r.Version, r.ShouldNotBeUsed, r.Date }).ToListAsync(cancellationToken);
        return rows.Select(r => new RevisionRow(GoVersion.Parse(r.Version), r.ShouldNotBeUsed, r.Date)).ToList();
    }

    private static ILookup<GoVersion, (GoVersion Version, bool ShouldNotBeUsed)> ByLine(IEnumerable<RevisionRow> rows) =>
        rows.Select(r => (r.Version, r.ShouldNotBeUsed)).ToLookup(r => r.Version.Line);
}
