using System.Text.Json.Serialization;

namespace ChangeTracker.Diffs.Json;

/// <summary>One entry of the diff's <c>coverage</c> list (DESIGN.md "Diffs").</summary>
public sealed record CoverageJson(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("note")] string Note);
