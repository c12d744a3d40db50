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
    public async Task<DiffInput> LoadAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken) =>
        (await LoadPairsAsync([(from, to)], cancellationToken))[0];

    /// <summary>
    /// The inputs of several pairs at once: what every pair shares (known lines, revisions, linked facts) is read once,
    /// and the files of all their releases in one query, so refreshing the stored diffs reads the database once.
    /// </summary>
    public async Task<IReadOnlyList<DiffInput>> LoadPairsAsync(IReadOnlyList<(GoVersion From, GoVersion To)> pairs, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = await Queries.KnownVersionsQuery.AllAsync(db, cancellationToken);
        var revisions = (await db.Revisions.AsNoTracking().OrderBy(r => r.SortKey).ToListAsync(cancellationToken))
            .Select(r => new MinorRevision(GoVersion.Parse(r.Version), r.Date, r.Summary, r.Security, [], r.ShouldNotBeUsed)).ToList();
        var linked = await facts.LoadLinkedAsync(cancellationToken);
        var files = await FilesAsync(db, pairs.SelectMany(p => new[] { DiffEngine.ReleaseFor(p.From), DiffEngine.ReleaseFor(p.To) }), cancellationToken);
        return pairs.Select(p => new DiffInput
        {
            KnownLines = lines,
            Facts = linked,
            FromFiles = files.GetValueOrDefault(DiffEngine.ReleaseFor(p.From).ToString(), []),
            ToFiles = files.GetValueOrDefault(DiffEngine.ReleaseFor(p.To).ToString(), []),
            Revisions = revisions,
        }).ToList();
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

    private static async Task<Dictionary<string, IReadOnlyList<DistributionFile>>> FilesAsync(ChangeTrackerDbContext db, IEnumerable<GoVersion> releases, CancellationToken cancellationToken)
    {
        var versions = releases.Select(r => r.ToString()).Distinct().ToList();
        var records = await db.DistributionFiles.AsNoTracking().Where(f => f.Version != null && versions.Contains(f.Version)).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return records.GroupBy(f => f.Version!).ToDictionary(g => g.Key, g => (IReadOnlyList<DistributionFile>)g.Select(ToFile).ToList());
    }

    internal static DistributionFile ToFile(DistributionFileRecord f) =>
        new(f.Tag, f.Filename, f.Os, f.Arch, DistributionKindNames.TryParse(f.Kind, out var kind) ? kind : DistributionKind.Archive, f.Size, f.Sha256, f.SizeIsApproximate);
}
