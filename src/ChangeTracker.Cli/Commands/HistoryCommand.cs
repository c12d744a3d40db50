using System.CommandLine;
using ChangeTracker.Application.Queries;
using ChangeTracker.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker history [--release V] [--run N] [--limit N] [--format table|json|csv] [--bom]`: what ingestions changed in the facts.</summary>
public static class HistoryCommand
{
    public const int DefaultLimit = 200;

    private static readonly Column<FactChangeRow>[] Columns =
    [
        new("seenAt", c => c.SeenAt.ToString("yyyy-MM-dd HH:mm:ss")),
        new("run", c => c.RunId?.ToString()),
        new("page", c => c.Page),
        new("change", c => c.Change),
        new("kind", c => c.Kind),
        new("version", c => c.Version),
        new("factId", c => c.FactId),
        new("subject", c => c.Subject),
        new("summary", c => c.Summary),
        new("previousSummary", c => c.PreviousSummary),
        new("source", c => c.Source),
    ];

    private static readonly Column<FactChangeRow>[] TableColumns =
    [
        new("seen", c => c.SeenAt.ToString("yyyy-MM-dd HH:mm")),
        new("run", c => c.RunId?.ToString() ?? "re-extracted", true),
        new("page", c => c.Page),
        new("change", c => c.Change),
        new("kind", c => c.Kind),
        new("subject", c => Shorten(c.Subject, 50)),
        new("summary", c => Shorten(c.Summary, 70)),
    ];

    public static Command Create(CliContext context)
    {
        var version = CommonOptions.Release("Only changes to the facts of this release's notes page (1.27)");
        var run = CommonOptions.Id("--run", "Only the changes of this ingestion run (see /runs)");
        var limit = CommonOptions.Count("--limit", "At most this many entries, newest first", DefaultLimit, 1, HistoryQuery.MaxLimit);
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var bom = CommonOptions.Bom();
        var command = new Command("history", "What each ingestion added, changed and withdrew in the facts, newest first") { version, run, limit, format, bom };
        command.SetAction(async (parse, ct) =>
        {
            var page = parse.GetValue(version) is { } v ? CommonOptions.ParseVersion(v) : (Domain.Versions.GoVersion?)null;
            var count = parse.GetValue(limit);
            var chosen = CommonOptions.FormatOf(parse, format);
            var withBom = CommonOptions.BomFor(parse, bom, chosen);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            await KnownVersionGuard.EnsureKnownAsync(host.Services, page, ct);
            var rows = await host.Services.GetRequiredService<HistoryQuery>().ListAsync(new HistoryFilter(page, parse.GetValue(run), count), ct);
            await RowsWriter.WriteAsync(context.Out, chosen, rows, chosen == OutputFormat.Table ? TableColumns : Columns, bom: withBom, cancellationToken: ct);
            return CliApp.Ok;
        });
        return command;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
