using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>One point of a size trend: a release's file and its change from the previous point.</summary>
public sealed record SizePoint(GoVersion Version, string Filename, long Bytes, long? DeltaBytes, double? DeltaPercent)
{
    /// <summary>A jump worth highlighting: at least 10% up or down from the previous release.</summary>
    public bool IsJump => DeltaPercent is { } p && Math.Abs(p) >= SizeTrendQuery.JumpPercent;
}

public sealed record SizeSeries(string Os, string Arch, string Kind, IReadOnlyList<SizePoint> Points)
{
    public string Title => $"{Os}/{Arch} {Kind}";
}

/// <summary>Size trends per os/arch/kind over the first release of every major line (go1.12, go1.21.0).</summary>
public sealed class SizeTrendQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public const double JumpPercent = 10;

    public async Task<SizeSeries> SeriesAsync(string os, string arch, string kind, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var files = await db.DistributionFiles.AsNoTracking()
            .Where(f => f.Os == os && f.Arch == arch && f.Kind == kind && f.Version != null && f.Size != null)
            .Select(f => new { f.Version, f.Filename, f.Size }).ToListAsync(cancellationToken);
        var firsts = files.Select(f => (Version: GoVersion.Parse(f.Version!), f.Filename, Size: f.Size!.Value))
            .Where(f => !f.Version.IsPrerelease && f.Version == f.Version.FirstRelease)
            .GroupBy(f => f.Version).Select(g => g.MaxBy(f => f.Size))
            .OrderBy(f => f.Version).ToList();
        var points = new List<SizePoint>();
        foreach (var f in firsts)
        {
            var previous = points.Count > 0 ? points[^1] : null;
            long? delta = previous is null ? null : f.Size - previous.Bytes;
            points.Add(new SizePoint(f.Version, f.Filename, f.Size, delta, delta is { } d && previous!.Bytes > 0 ? d * 100.0 / previous.Bytes : null));
        }
        return new SizeSeries(os, arch, kind, points);
    }

    /// <summary>The os/arch/kind combinations with at least <paramref name="minimumReleases"/> first releases, most common first.</summary>
    public async Task<IReadOnlyList<(string Os, string Arch, string Kind)>> CombinationsAsync(int minimumReleases, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.DistributionFiles.AsNoTracking().Where(f => f.Version != null && f.Size != null && f.Os != "")
            .Select(f => new { f.Os, f.Arch, f.Kind, f.Version }).ToListAsync(cancellationToken);
        return rows.Where(r => GoVersion.Parse(r.Version!) is var v && !v.IsPrerelease && v == v.FirstRelease)
            .GroupBy(r => (r.Os, r.Arch, r.Kind))
            .Where(g => g.Count() >= minimumReleases)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Os).ThenBy(g => g.Key.Arch).ThenBy(g => g.Key.Kind)
            .Select(g => g.Key).ToList();
    }
}
