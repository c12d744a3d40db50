using System.ComponentModel;
using System.Text;
using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Reports;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Json;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class DiffApi
{
    public static async Task<Results<JsonHttpResult<DiffJson>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("The version upgraded from (1.12)")] string? from,
        [Description("The version upgraded to (1.13); lower than from for a downgrade")] string? to,
        [Description("json (default), md, csv or html; md, csv and html come as an attachment")] string? format,
        [Description("true: send json as an attachment too")] string? download,
        [Description("Comma-separated targets to narrow to: ports (linux/amd64) and OS levels (macos-12, windows-7)")] string? targets,
        [Description("true: only what can break")] string? breaking,
        [Description("true: start a CSV report with the UTF-8 byte order mark spreadsheet programs need")] string? bom,
        DiffUseCase diffs,
        ReportExporter exporter,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (!ApiArguments.TryVersion("from", from, out var fromVersion, out var p1)) problems.Add(p1);
        if (!ApiArguments.TryVersion("to", to, out var toVersion, out var p2)) problems.Add(p2);
        if (!ApiArguments.TryFlag("download", download, out var asAttachment, out var p3)) problems.Add(p3);
        if (!ApiArguments.TryFlag("breaking", breaking, out var breakingOnly, out var p4)) problems.Add(p4);
        if (!ApiArguments.TryFlag("bom", bom, out var withBom, out var p5)) problems.Add(p5);
        else if (withBom && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
            problems.Add(Problems.BadParameter("bom", "bom=true only applies to format=csv."));
        IReadOnlyList<DiffTarget> narrowTo = [];
        try
        {
            narrowTo = DiffTarget.ParseList([targets]);
        }
        catch (FormatException e)
        {
            problems.Add(Problems.BadParameter("targets", $"targets={targets}: {e.Message}."));
        }
        var renderers = ReportExporter.Renderers;
        if (format is not null && !renderers.TryGet(format, out _))
            problems.Add(Problems.BadParameter("format", $"format={format}: not a report format; allowed formats are {string.Join(", ", renderers.Formats)}."));
        if (problems.Count > 0) return Problems.Combine(problems);
        var filter = new DiffFilter(narrowTo, breakingOnly);

        try
        {
            if (format is null || renderers.Get(format).Format == "json" && !asAttachment)
                return TypedResults.Json((await diffs.DiffAsync(fromVersion, toVersion, filter, cancellationToken)).ToDto(), ContractJson.Options);

            await using var writer = new StringWriter();
            await CsvFormat.StartAsync(writer, withBom);
            var (_, renderer) = await exporter.RenderAsync(fromVersion, toVersion, format, writer, cancellationToken, filter);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString());
            return TypedResults.File(bytes, renderer.ContentType, ReportExporter.FileName(fromVersion, toVersion, renderer));
        }
        catch (UnknownVersionException e)
        {
            var parameter = e.Version == fromVersion || e.Version == fromVersion.Line ? "from" : "to";
            return Problems.NotFound(parameter, $"{parameter}={(parameter == "from" ? from : to)}: {e.Message}");
        }
    }
}
