using ChangeTracker.Application.Queries;

namespace ChangeTracker.Web.Api.Contracts;

/// <summary>GET /api/sizes: one row per release (real and reported sizes) and the trend over first releases.</summary>
public sealed record SizesJson(string Os, string Arch, string Kind, IReadOnlyList<SizeRowJson> Rows, IReadOnlyList<SizePointJson> Trend);

public sealed record SizeRowJson(
    string Version,
    string? Filename,
    long? Bytes,
    bool Approximate,
    double? MiB,
    decimal? ReportedMegabytes,
    string? ReportedBy,
    double? DifferenceMiB)
{
    public static SizeRowJson From(SizeRow r) =>
        new(r.Version, r.Filename, r.Bytes, r.Approximate, r.MiB, r.ReportedMegabytes, r.ReportedBy, r.DifferenceMiB);
}

public sealed record SizePointJson(string Version, string Filename, long Bytes, long? DeltaBytes, double? DeltaPercent, bool IsJump)
{
    public static SizePointJson From(SizePoint p) =>
        new(p.Version.ToString(), p.Filename, p.Bytes, p.DeltaBytes, p.DeltaPercent, p.IsJump);
}
