using System.CommandLine;
using ChangeTracker.Application.Reports;
using ChangeTracker.Cli.Output;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker export 1.11 1.21 --format md [--out DIR|-] [--bom]`: write the diff report to a file, or to standard output.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The version you have" };
        var to = new Argument<string>("to") { Description = "The version you go to" };
        var format = CommonOptions.Format(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Html);
        var targets = CommonOptions.Targets();
        var breaking = CommonOptions.Breaking();
        var output = new Option<string?>("--out") { Description = "Folder to write into (default: exports beside the database); - writes to standard output" };
        var bom = CommonOptions.Bom();
        var command = new Command("export", "Write the diff report of two versions to a file (Markdown, CSV, JSON or HTML)") { from, to, format, output, targets, breaking, bom };
        command.SetAction(async (parse, ct) =>
        {
            var (a, b) = (parse.GetValue(from)!, parse.GetValue(to)!);
            CommonOptions.ParseVersion(a);
            CommonOptions.ParseVersion(b);
            var filter = CommonOptions.Filter(parse, targets, breaking);
            var chosen = CommonOptions.Name(CommonOptions.FormatOf(parse, format));
            var withBom = CommonOptions.BomFor(parse, bom, CommonOptions.FormatOf(parse, format));
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            var exporter = host.Services.GetRequiredService<ReportExporter>();
            try
            {
                if (parse.GetValue(output) == "-")
                {
                    await CsvFormat.StartAsync(context.Out, withBom);
                    await exporter.RenderAsync(CommonOptions.ParseVersion(a), CommonOptions.ParseVersion(b), chosen, context.Out, ct, filter);
                    return CliApp.Ok;
                }
                var path = await exporter.ExportToFolderAsync(a, b, chosen, parse.GetValue(output), ct, filter, withBom);
                context.Log.Info($"wrote {path}");
                await context.Out.WriteLineAsync(path);
            }
            catch (UnknownVersionException ex)
            {
                throw new UsageException(ex.Message);
            }
            return CliApp.Ok;
        });
        return command;
    }
}
