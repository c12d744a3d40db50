using System.Globalization;
using System.Text.Json.Serialization;
using ChangeTracker.Domain.History;

namespace ChangeTracker.Diffs.Json;

/// <summary>
/// One row of a diff's "revisions" array: version without prefix, ISO date (null when the revision was never
/// released), security flag, and whether the history says it should not be used.
/// </summary>
public sealed record RevisionJson(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("security")] bool Security,
    [property: JsonPropertyName("shouldNotBeUsed")] bool ShouldNotBeUsed)
{
    public static RevisionJson From(MinorRevision revision) => new(
        revision.Version.ToString(),
        revision.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        revision.Security,
        revision.ShouldNotBeUsed);
}
