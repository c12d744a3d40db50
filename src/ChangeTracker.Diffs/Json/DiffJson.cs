using System.Text.Json.Serialization;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs.Json;

/// <summary>
/// The diff JSON contract of DESIGN.md "Diffs": fixed field names, versions without the "go" prefix, nulls written.
/// Serialize with <see cref="ContractJson.Options"/>.
/// </summary>
public sealed record DiffJson(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("downgrade")] bool Downgrade,
    [property: JsonPropertyName("facts")] IReadOnlyList<FactDto> Facts,
    [property: JsonPropertyName("comingNext")] IReadOnlyList<FactDto> ComingNext,
    [property: JsonPropertyName("distribution")] IReadOnlyList<DistributionRowJson> Distribution,
    [property: JsonPropertyName("revisions")] IReadOnlyList<RevisionJson> Revisions,
    [property: JsonPropertyName("coverage")] IReadOnlyList<CoverageJson> Coverage,
    [property: JsonPropertyName("narrowedTo")] NarrowingJson? NarrowedTo)
{
    public static DiffJson Create(VersionDiff diff) => new(
        diff.From.ToString(),
        diff.To.ToString(),
        diff.IsDowngrade,
        diff.Facts.Select(FactDto.From).ToList(),
        diff.ComingNext.Select(FactDto.From).ToList(),
        diff.Distribution.Select(DistributionRowJson.From).ToList(),
        diff.Revisions.Select(RevisionJson.From).ToList(),
        diff.Coverage.Select(c => new CoverageJson(c.Source, c.Version, c.Note)).ToList(),
        NarrowingJson.From(diff));
}
