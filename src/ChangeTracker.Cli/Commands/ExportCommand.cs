using System.CommandLine;
using ChangeTracker.Application.Reports;
using ChangeTracker.Cli.Output;
using ChangeTracker.Diffs;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker export 1.11 1.21 --format md [--out DIR]`: write the diff report to a file.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The version you have" };
        var to = new Argument<string>("to") { Description = "The version you go to" };
        var format = CommonOptions.Format(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Html);
        var targets = CommonOptions.Targets();
        var breaking = CommonOptions.Breaking();
        var output = new Option<string?>("--out") { Description = "Folder to write into (default: the folder exports beside the database)" };
        var command = new Command("export", "Write the diff report of two versions to a file (Markdown, CSV, JSON or HTML)") { from, to, format, output, targets, breaking };
        command.SetAction(async (parse, ct) =>
        {
            var (a, b) = (parse.GetValue(from)!, parse.GetValue(to)!);
            CommonOptions.ParseVersion(a);
            CommonOptions.ParseVersion(b);
            var filter = CommonOptions.Filter(parse, targets, breaking);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, ct);
            try
            {
                var path = await host.Services.GetRequiredService<ReportExporter>()
                    .ExportToFolderAsync(a, b, parse.GetValue(format).ToString().ToLowerInvariant(), parse.GetValue(output), ct, filter);
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
