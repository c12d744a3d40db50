using System.Text.Json.Serialization;

namespace ChangeTracker.Diffs.Json;

/// <summary>How a diff was narrowed (targets, breaking only) and which targets lose support where; null for a whole diff.</summary>
public sealed record NarrowingJson(
    [property: JsonPropertyName("targets")] IReadOnlyList<string> Targets,
    [property: JsonPropertyName("breakingOnly")] bool BreakingOnly,
    [property: JsonPropertyName("targetLosses")] IReadOnlyList<TargetLossJson> TargetLosses)
{
    public static NarrowingJson? From(VersionDiff diff) =>
        diff.Filter is not { IsEmpty: false } filter ? null
        : new NarrowingJson(
            filter.Targets.Select(t => t.ToString()).ToList(),
            filter.BreakingOnly,
            diff.TargetLosses.Select(l => new TargetLossJson(l.Target.ToString(), l.Fact.Id, l.Fact.Version.ToString(), l.Sentence)).ToList());
}

/// <summary>A target a fact takes away: the target, the fact's id and version, and one plain sentence.</summary>
public sealed record TargetLossJson(
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("factId")] string FactId,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("summary")] string Summary);
