using System.CommandLine;
using ChangeTracker.Application.Queries;
using ChangeTracker.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker versions [--format table|json|csv] [--bom]`.</summary>
public static class VersionsCommand
{
    private static readonly Column<VersionRow>[] Columns =
    [
        new("version", r => r.Version),
        new("released", r => r.ReleaseDate?.ToString("yyyy-MM-dd")),
        new("items", r => r.Items.ToString(), true),
        new("facts", r => r.Facts.ToString(), true),
        new("revisions", r => r.Revisions.ToString(), true),
        new("latest", r => r.LatestRevision),
        new("latestDate", r => r.LatestRevisionDate?.ToString("yyyy-MM-dd")),
        new("eol", r => r.Eol?.ToString("yyyy-MM-dd")),
        new("notes", r => r.NotesUrl),
        new("ingested", r => r.IngestedAt?.ToString("yyyy-MM-dd HH:mm")),
    ];

    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var bom = CommonOptions.Bom();
        var command = new Command("versions", "List the stored major releases with their support dates (eol: the day Go 1.N+2 shipped)") { format, bom };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = CommonOptions.FormatOf(parse, format);
            var withBom = CommonOptions.BomFor(parse, bom, chosen);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            var rows = await host.Services.GetRequiredService<VersionsQuery>().ListAsync(ct);
            CliTimings.Mark("queried");
            await RowsWriter.WriteAsync(context.Out, chosen, rows, Columns, bom: withBom, cancellationToken: ct);
            CliTimings.Mark("written");
            return CliApp.Ok;
        });
        return command;
    }
}
