using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>A release on the front page; <see cref="LatestRevision"/> follows <see cref="LatestRelease"/>.</summary>
public sealed record ReleaseSummary(GoVersion Version, DateOnly? ReleaseDate, bool Supported, string LatestRevision, bool Ingested);

public sealed record Overview(
    IReadOnlyList<ReleaseSummary> LatestReleases,
    IReadOnlyList<RunRow> LatestRuns,
    int Releases,
    int Revisions,
    int Files,
    IReadOnlyDictionary<FactKind, int> FactsByKind,
    SizeSeries LinuxAmd64Archive);

/// <summary>The dashboard's front page: latest releases with support status, last runs, headline numbers, the size trend.</summary>
public sealed class OverviewQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory, DatabaseTarget target, RunsQuery runs, SizeTrendQuery sizes, FactStore facts)
{
    public async Task<Overview> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.Releases.AsNoTracking().Select(r => new { r.Version, r.ReleaseDate, r.ContentHash }).ToListAsync(cancellationToken);
        var revisions = await VersionsQuery.RevisionsByLineAsync(target, cancellationToken);
        var lines = releases.Select(r => GoVersion.Parse(r.Version)).ToList();
        var latest = releases.Select(r => (Version: GoVersion.Parse(r.Version), r.ReleaseDate, Ingested: r.ContentHash != null))
            .OrderByDescending(r => r.Version).Take(8)
            .Select(r => new ReleaseSummary(r.Version, r.ReleaseDate, ReleaseQuery.IsSupported(r.Version, lines),
                LatestRelease.Of(r.Version, revisions[r.Version.Line]).ToString(), r.Ingested))
            .ToList();
        var allFacts = await facts.LoadLinkedAsync(cancellationToken);
        return new Overview(
            latest,
            await runs.LatestAsync(5, cancellationToken),
            releases.Count,
            revisions.Sum(g => g.Count()),
            await db.DistributionFiles.CountAsync(cancellationToken),
            allFacts.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count()),
            await sizes.SeriesAsync("linux", "amd64", "archive", cancellationToken));
    }
}
