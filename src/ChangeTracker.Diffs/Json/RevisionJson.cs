using System.Globalization;
using System.Text.Json.Serialization;
using ChangeTracker.Domain.History;

namespace ChangeTracker.Diffs.Json;

/// <summary>One row of a diff's "revisions" array: version without prefix, ISO date, security flag.</summary>
public sealed record RevisionJson(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("security")] bool Security)
{
    public static RevisionJson From(MinorRevision revision) => new(
        revision.Version.ToString(),
        revision.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        revision.Security);
}
