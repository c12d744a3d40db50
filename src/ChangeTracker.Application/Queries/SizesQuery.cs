using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// One release's file for an os/arch/kind: the real byte count from the feed and, where the seed
/// reported one, the figure it printed (MB) and how far apart the two are.
/// </summary>
public sealed record SizeRow(
    string Version,
    string? Filename,
    long? Bytes,
    bool Approximate,
    decimal? ReportedMegabytes,
    string? ReportedBy)
{
    public const double BytesPerMiB = 1024 * 1024;

    public double? MiB => Bytes is { } b ? b / BytesPerMiB : null;

    public double? MegabytesDecimal => Bytes is { } b ? b / 1_000_000.0 : null;

    /// <summary>Real MiB minus reported MB (positive: the real file is bigger than the seed says).</summary>
    public double? DifferenceMiB => MiB is { } m && ReportedMegabytes is { } r ? m - (double)r : null;
}

public sealed record SizeFilter(string Os = "linux", string Arch = "amd64", string Kind = "archive", bool OnlyReported = false, bool IncludeUnstable = false);

public sealed class SizesQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SizeRow>> ListAsync(SizeFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var files = await db.DistributionFiles.AsNoTracking()
            .Where(f => f.Os == filter.Os && f.Arch == filter.Arch && f.Kind == filter.Kind && f.Version != null)
            .Where(f => filter.IncludeUnstable || f.Stable || !f.Tag.Contains("rc") && !f.Tag.Contains("beta"))
            .Select(f => new { f.Version, f.Filename, f.Size, f.SizeIsApproximate })
            .ToListAsync(cancellationToken);
        var reported = await db.ReportedSizes.AsNoTracking()
            .Where(s => s.Os == filter.Os && s.Arch == filter.Arch && s.Kind == filter.Kind)
            .ToDictionaryAsync(s => s.Version, cancellationToken);

        // Several files can share os/arch/kind (e.g. an armv6l and an arm64 build are distinct arches,
        // but installers may come as .pkg and .msi): keep the largest per version for a stable row.
        var rows = files
            .GroupBy(f => f.Version!)
            .Select(g => g.OrderByDescending(f => f.Size ?? 0).First())
            .Select(f => new SizeRow(f.Version!, f.Filename, f.Size, f.SizeIsApproximate,
                reported.GetValueOrDefault(f.Version!)?.ReportedMegabytes, reported.GetValueOrDefault(f.Version!)?.ReportedBy))
            .ToList();
        rows.AddRange(reported.Values.Where(r => rows.All(x => x.Version != r.Version))
            .Select(r => new SizeRow(r.Version, null, null, false, r.ReportedMegabytes, r.ReportedBy)));
        return rows
            .Where(r => !filter.OnlyReported || r.ReportedMegabytes is not null)
            .OrderBy(r => GoVersion.Parse(r.Version))
            .ToList();
    }

    /// <summary>The GOOS and GOARCH values stored downloads have, for saying which are valid.</summary>
    public async Task<(IReadOnlyList<string> Oses, IReadOnlyList<string> Arches)> ChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pairs = await db.DistributionFiles.AsNoTracking().Select(f => new { f.Os, f.Arch }).Distinct().ToListAsync(cancellationToken);
        return (pairs.Select(p => p.Os).Distinct().Order(StringComparer.Ordinal).ToList(),
                pairs.Select(p => p.Arch).Distinct().Order(StringComparer.Ordinal).ToList());
    }
}
