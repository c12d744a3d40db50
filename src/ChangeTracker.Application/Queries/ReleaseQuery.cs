using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>A revision of the release page; <see cref="Date"/> is null when it was never released (<see cref="ShouldNotBeUsed"/>).</summary>
public sealed record RevisionRow(string Version, DateOnly? Date, string Summary, bool Security, IReadOnlyList<string> Components, bool ShouldNotBeUsed);

public sealed record DownloadRow(string Tag, string Filename, string Os, string Arch, string Kind, long? Size, bool Approximate, string? Sha256);

/// <summary>Everything the release page and /api/versions/{v} show about one major release.</summary>
public sealed record ReleaseDetail(
    GoVersion Version,
    DateOnly? ReleaseDate,
    bool Supported,
    string? NotesUrl,
    string? Title,
    DateTimeOffset? IngestedAt,
    int Items,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Fact> AnnouncedForLater,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<DownloadRow> Downloads);

/// <summary>One major release with its facts, revisions, downloads and announcements; null when the version is not stored.</summary>
public sealed class ReleaseQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory, KnownVersionsQuery versions, FactStore facts)
{
    /// <summary>A release is supported until two newer major releases exist.</summary>
    public static bool IsSupported(GoVersion line, IReadOnlyList<GoVersion> lines) => lines.Count(l => l > line) < 2;

    public async Task<ReleaseDetail?> FindAsync(GoVersion version, CancellationToken cancellationToken)
    {
        var line = version.Line;
        var key = line.ToString();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.AsNoTracking().Where(r => r.Version == key)
            .Select(r => new { r.ReleaseDate, r.NotesUrl, r.Title, r.IngestedAt, Items = r.Items.Count }).FirstOrDefaultAsync(cancellationToken);
        if (release is null) return null;
        var lines = await versions.AllAsync(cancellationToken);
        var revisions = await db.Revisions.AsNoTracking().Include(r => r.Components).Where(r => r.Line == key)
            .OrderBy(r => r.SortKey).ToListAsync(cancellationToken);
        var tags = new[] { line.FirstRelease.ToTag() }.Concat(revisions.Select(r => "go" + r.Version)).ToList();
        var files = await db.DistributionFiles.AsNoTracking().Where(f => tags.Contains(f.Tag))
            .OrderBy(f => f.SortKey).ThenBy(f => f.Os).ThenBy(f => f.Arch).ThenBy(f => f.Kind).ToListAsync(cancellationToken);
        var all = await facts.LoadLinkedAsync(cancellationToken);
        return new ReleaseDetail(
            line, release.ReleaseDate, IsSupported(line, lines), release.NotesUrl, release.Title, release.IngestedAt, release.Items,
            all.Where(f => f.Version.Line == line).ToList(),
            all.Where(f => FactsQuery.IsAnnouncedForLater(f, line)).ToList(),
            revisions.Select(r => new RevisionRow(r.Version, r.Date, r.Summary, r.Security, r.Components.Select(c => c.Name).ToList(), r.ShouldNotBeUsed)).ToList(),
            files.Select(f => new DownloadRow(f.Tag, f.Filename, f.Os, f.Arch, f.Kind, f.Size, f.SizeIsApproximate, f.Sha256)).ToList());
    }
}
