using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChangeTracker.Domain.Facts;

/// <summary>
/// The stable facts JSON contract of DESIGN.md: fixed field names, kind names, versions without the
/// "go" prefix, unknown values written as null (never omitted), <c>symbols</c> as an array.
/// </summary>
public sealed record FactDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("lastVersion")] string? LastVersion,
    [property: JsonPropertyName("announcedIn")] string? AnnouncedIn,
    [property: JsonPropertyName("effectiveVersion")] string? EffectiveVersion,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("os")] string? Os,
    [property: JsonPropertyName("osVersion")] string? OsVersion,
    [property: JsonPropertyName("port")] string? Port,
    [property: JsonPropertyName("renamedTo")] string? RenamedTo,
    [property: JsonPropertyName("experimental")] bool Experimental,
    [property: JsonPropertyName("area")] string? Area,
    [property: JsonPropertyName("minimum")] string? Minimum,
    [property: JsonPropertyName("godebug")] string? Godebug,
    [property: JsonPropertyName("symbols")] IReadOnlyList<string> Symbols,
    [property: JsonPropertyName("component")] string? Component,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("breaking")] bool Breaking,
    [property: JsonPropertyName("tentative")] bool Tentative,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("resolvedIn")] string? ResolvedIn,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("evidence")] string Evidence)
{
    public static FactDto From(Fact fact) => new(
        fact.Id,
        fact.Kind.ToName(),
        fact.Version.ToString(),
        fact.LastVersion?.ToString(),
        fact.AnnouncedIn?.ToString(),
        fact.EffectiveVersion?.ToString(),
        fact.Subject,
        fact.Os,
        fact.OsVersion,
        fact.Port,
        fact.RenamedTo,
        fact.Experimental,
        fact.Area,
        fact.Minimum,
        fact.Godebug,
        fact.Symbols.ToArray(),
        fact.Component,
        fact.Category,
        fact.Breaking,
        fact.Tentative,
        fact.Status?.ToName(),
        fact.ResolvedIn?.ToString(),
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
