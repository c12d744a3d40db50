using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Downloads;

/// <summary>Every release of the downloads feed with its files.</summary>
public sealed record DownloadsFeed(IReadOnlyList<DownloadRelease> Releases)
{
    public IEnumerable<DistributionFile> Files => Releases.SelectMany(r => r.Files);
}

/// <summary>A release in the downloads feed. <paramref name="Tag"/> is the feed's own text (go1.12.5).</summary>
public sealed record DownloadRelease(string Tag, GoVersion? Version, bool Stable, IReadOnlyList<DistributionFile> Files);

/// <summary>
/// One downloadable file. <paramref name="Size"/> is in bytes (null when the feed says 0 or nothing);
/// <paramref name="SizeIsApproximate"/> is true when it came from the HTML page's "121MB" text.
/// </summary>
public sealed record DistributionFile(
    string Tag,
    string Filename,
    string Os,
    string Arch,
    DistributionKind Kind,
    long? Size,
    string? Sha256,
    bool SizeIsApproximate = false);

public enum DistributionKind
{
    Archive,
    Installer,
    Source,
}

public static class DistributionKindNames
{
    public static string ToName(this DistributionKind kind) => kind switch
    {
        DistributionKind.Archive => "archive",
        DistributionKind.Installer => "installer",
        _ => "source",
    };

    public static bool TryParse(string? name, out DistributionKind kind)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "archive": kind = DistributionKind.Archive; return true;
            case "installer": kind = DistributionKind.Installer; return true;
            case "source": kind = DistributionKind.Source; return true;
            default: kind = default; return false;
        }
    }
}
