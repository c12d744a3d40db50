namespace ChangeTracker.Storage.Records;

/// <summary>One file of the downloads feed.</summary>
public sealed class DistributionFileRecord
{
    public long Id { get; set; }
    public required string Tag { get; set; }
    public string? Version { get; set; }
    public long? SortKey { get; set; }
    public bool Stable { get; set; }
    public required string Filename { get; set; }
    public required string Os { get; set; }
    public required string Arch { get; set; }
    public required string Kind { get; set; }
    public long? Size { get; set; }
    public bool SizeIsApproximate { get; set; }
    public string? Sha256 { get; set; }
}

/// <summary>A size as the seed blog post reported it (no source provides these; loaded from seed-data/).</summary>
public sealed class ReportedSizeRecord
{
    public long Id { get; set; }
    public required string Version { get; set; }
    public required string Os { get; set; }
    public required string Arch { get; set; }
    public required string Kind { get; set; }
    public decimal ReportedMegabytes { get; set; }
    public required string ReportedBy { get; set; }
}
