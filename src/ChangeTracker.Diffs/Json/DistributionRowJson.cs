using System.Text.Json.Serialization;
using ChangeTracker.Domain.Downloads;

namespace ChangeTracker.Diffs.Json;

/// <summary>One row of a diff's "distribution" array; a missing side has null file and bytes.</summary>
public sealed record DistributionRowJson(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("arch")] string Arch,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("fromFile")] string? FromFile,
    [property: JsonPropertyName("fromBytes")] long? FromBytes,
    [property: JsonPropertyName("toFile")] string? ToFile,
    [property: JsonPropertyName("toBytes")] long? ToBytes,
    [property: JsonPropertyName("deltaBytes")] long? DeltaBytes)
{
    public static DistributionRowJson From(DistributionChange row) => new(
        row.Os, row.Arch, row.Kind.ToName(), row.FromFile, row.FromBytes, row.ToFile, row.ToBytes, row.DeltaBytes);
}
