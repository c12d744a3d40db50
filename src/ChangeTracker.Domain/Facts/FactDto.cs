using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChangeTracker.Domain.Facts;

/// <summary>
/// The stable facts JSON contract of DESIGN.md: fixed field names, kind names, versions without the
/// "go" prefix, unknown values written as null (never omitted).
/// </summary>
public sealed record FactDto(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("lastVersion")] string? LastVersion,
    [property: JsonPropertyName("announcedIn")] string? AnnouncedIn,
    [property: JsonPropertyName("effectiveVersion")] string? EffectiveVersion,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("os")] string? Os,
    [property: JsonPropertyName("osVersion")] string? OsVersion,
    [property: JsonPropertyName("port")] string? Port,
    [property: JsonPropertyName("experimental")] bool Experimental,
    [property: JsonPropertyName("component")] string? Component,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("evidence")] string Evidence)
{
    public static FactDto From(Fact fact) => new(
        fact.Kind.ToName(),
        fact.Version.ToString(),
        fact.LastVersion?.ToString(),
        fact.AnnouncedIn?.ToString(),
        fact.EffectiveVersion?.ToString(),
        fact.Subject,
        fact.Os,
        fact.OsVersion,
        fact.Port,
        fact.Experimental,
        fact.Component,
        fact.Category,
        fact.Summary,
        fact.Source,
        fact.Evidence);
}

/// <summary>The one set of serializer options every JSON output uses (CLI, API, exports).</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };
}
