using System.Text.Json;
using System.Text.Json.Serialization;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Checking;

namespace ChangeTracker.Modules.Rendering;

/// <summary>The JSON shape of a check (README "API"): the range, what was read, findings with their fact and why, what was not judged.</summary>
public sealed record CheckJson(
    [property: JsonPropertyName("module")] string? Module,
    [property: JsonPropertyName("goLine")] string? GoLine,
    [property: JsonPropertyName("toolchain")] string? Toolchain,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("filesRead")] int FilesRead,
    [property: JsonPropertyName("standardImports")] int StandardImports,
    [property: JsonPropertyName("targets")] IReadOnlyList<string> Targets,
    [property: JsonPropertyName("breaking")] int Breaking,
    [property: JsonPropertyName("findings")] IReadOnlyList<CheckFindingJson> Findings,
    [property: JsonPropertyName("notJudged")] IReadOnlyList<string> NotJudged)
{
    public static CheckJson Create(CheckReport report) => new(
        report.ModulePath, report.GoLine, report.Toolchain, report.From.ToString(), report.To.ToString(), report.FilesRead,
        report.StandardImports, report.Targets.Select(t => t.ToString()).ToList(), report.BreakingCount,
        report.Findings.Select(f => new CheckFindingJson(CheckReport.SectionName(f.Section), f.Breaking, f.Reasons, CheckText.Line(f), FactDto.From(f.Fact))).ToList(),
        report.NotJudged);
}

/// <summary>One finding: its section, whether it can break, why it applies, the line a report prints and the fact (facts contract).</summary>
public sealed record CheckFindingJson(
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("breaking")] bool Breaking,
    [property: JsonPropertyName("why")] IReadOnlyList<string> Why,
    [property: JsonPropertyName("line")] string Line,
    [property: JsonPropertyName("fact")] FactDto Fact);

public sealed class JsonCheckRenderer : ICheckReportRenderer
{
    public string Format => "json";
    public string ContentType => "application/json; charset=utf-8";
    public string FileExtension => ".json";

    public async Task RenderAsync(CheckReport report, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(JsonSerializer.Serialize(CheckJson.Create(report), ContractJson.Options).AsMemory(), ct).ConfigureAwait(false);
        await writer.WriteAsync("\n".AsMemory(), ct).ConfigureAwait(false);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }
}
