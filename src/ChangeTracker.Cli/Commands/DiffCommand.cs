using System.CommandLine;
using ChangeTracker.Application.Reports;
using ChangeTracker.Cli.Output;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker diff 1.12 1.13 [--format md|json|csv|html] [--target linux/amd64 …] [--breaking] [--bom]`: what changed between two versions.</summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The version you have (1.11, go1.11, 1.11.5)" };
        var to = new Argument<string>("to") { Description = "The version you go to (1.21); lower than 'from' is a downgrade" };
        var format = CommonOptions.Format(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Html);
        var targets = CommonOptions.Targets();
        var breaking = CommonOptions.Breaking();
        var bom = CommonOptions.Bom();
        var command = new Command("diff", "What changed between two Go versions: ports, OS support, removals, deprecations, features, sizes, revisions") { from, to, format, targets, breaking, bom };
        command.SetAction(async (parse, ct) =>
        {
            var (a, b) = (CommonOptions.ParseVersion(parse.GetValue(from)!), CommonOptions.ParseVersion(parse.GetValue(to)!));
            var filter = CommonOptions.Filter(parse, targets, breaking);
            var chosen = CommonOptions.FormatOf(parse, format);
            var withBom = CommonOptions.BomFor(parse, bom, chosen);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            try
            {
                await CsvFormat.StartAsync(context.Out, withBom);
                await host.Services.GetRequiredService<ReportExporter>().RenderAsync(a, b, CommonOptions.Name(chosen), context.Out, ct, filter);
                CliTimings.Mark("written");
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
