using ChangeTracker.Application.Facts;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Coverage;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Diffs;

/// <summary>Loads what <see cref="DiffEngine"/> needs for a pair of versions from the database.</summary>
public sealed class DiffInputLoader(IDbContextFactory<ChangeTrackerDbContext> dbFactory, FactStore facts)
{
    public async Task<DiffInput> LoadAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = await Queries.KnownVersionsQuery.AllAsync(db, cancellationToken);
        var revisions = await db.Revisions.AsNoTracking().OrderBy(r => r.SortKey).ToListAsync(cancellationToken);
        return new DiffInput
        {
            KnownLines = lines,
            Facts = await facts.LoadLinkedAsync(cancellationToken),
            FromFiles = await FilesAsync(db, DiffEngine.ReleaseFor(from), cancellationToken),
            ToFiles = await FilesAsync(db, DiffEngine.ReleaseFor(to), cancellationToken),
            Revisions = revisions.Select(r => new MinorRevision(GoVersion.Parse(r.Version), r.Date, r.Summary, r.Security, [], r.ShouldNotBeUsed)).ToList(),
        };
    }

    /// <summary>What the stored sources cover: releases with downloads files, major lines with a stored notes page.</summary>
    public async Task<SourceCoverage> LoadCoverageAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var withFiles = await db.DistributionFiles.AsNoTracking().Select(f => f.Version).Distinct().ToListAsync(cancellationToken);
        var withNotes = await Queries.KnownVersionsQuery.WithNotesAsync(db, cancellationToken);
        return new SourceCoverage(
            withFiles.Select(v => GoVersion.TryParse(v, out var g) ? g : (GoVersion?)null).OfType<GoVersion>().ToHashSet(),
            withNotes.Select(v => v.Line).ToHashSet());
    }

    private static async Task<IReadOnlyList<DistributionFile>> FilesAsync(ChangeTrackerDbContext db, GoVersion release, CancellationToken cancellationToken)
    {
        var version = release.ToString();
        var records = await db.DistributionFiles.AsNoTracking().Where(f => f.Version == version).ToListAsync(cancellationToken);
        return records.Select(ToFile).ToList();
    }

    internal static DistributionFile ToFile(DistributionFileRecord f) =>
        new(f.Tag, f.Filename, f.Os, f.Arch, DistributionKindNames.TryParse(f.Kind, out var kind) ? kind : DistributionKind.Archive, f.Size, f.Sha256, f.SizeIsApproximate);
}
