using ChangeTracker.Domain.Downloads;

namespace ChangeTracker.Diffs;

/// <summary>
/// One distribution file of the "from" release matched to the file of the "to" release with the same
/// os, arch and kind. A side is null when the file exists only on the other side (a new or dropped port).
/// </summary>
public sealed record DistributionChange(
    string Os,
    string Arch,
    DistributionKind Kind,
    string? FromFile,
    long? FromBytes,
    string? ToFile,
    long? ToBytes)
{
    /// <summary>ToBytes − FromBytes, or null when either size is unknown.</summary>
    public long? DeltaBytes => FromBytes is { } from && ToBytes is { } to ? to - from : null;

    /// <summary>The change in percent of FromBytes, or null when it cannot be computed.</summary>
    public double? DeltaPercent => DeltaBytes is { } delta && FromBytes is > 0 ? delta * 100.0 / FromBytes.Value : null;

    public bool IsAdded => FromFile is null;
    public bool IsRemoved => ToFile is null;

    /// <summary>"linux/amd64", or "source" for the source archive (no os and arch).</summary>
    public string Platform => Os.Length == 0 && Arch.Length == 0 ? "source" : $"{Os}/{Arch}";
}
