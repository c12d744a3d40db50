using System.CommandLine;
using ChangeTracker.Application.Queries;
using ChangeTracker.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker history [--version V] [--run N] [--limit N] [--format table|json|csv]`: what ingestions changed in the facts.</summary>
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
        var version = new Option<string?>("--version") { Description = "Only changes to the facts of this release's notes page (1.27)" };
        var run = new Option<long?>("--run") { Description = "Only the changes of this ingestion run (see /runs)" };
        var limit = new Option<int>("--limit") { Description = $"At most this many entries, newest first (default {DefaultLimit}, at most {HistoryQuery.MaxLimit})", DefaultValueFactory = _ => DefaultLimit };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("history", "What each ingestion added, changed and withdrew in the facts, newest first") { version, run, limit, format };
        command.SetAction(async (parse, ct) =>
        {
            var page = parse.GetValue(version) is { } v ? CommonOptions.ParseVersion(v) : (Domain.Versions.GoVersion?)null;
            var count = parse.GetValue(limit);
            if (count < 1 || count > HistoryQuery.MaxLimit) throw new UsageException($"--limit must be between 1 and {HistoryQuery.MaxLimit}");
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, ct);
            await KnownVersionGuard.EnsureKnownAsync(host.Services, page, ct);
            var rows = await host.Services.GetRequiredService<HistoryQuery>().ListAsync(new HistoryFilter(page, parse.GetValue(run), count), ct);
            var chosen = parse.GetValue(format);
            await RowsWriter.WriteAsync(context.Out, chosen, rows, chosen == OutputFormat.Table ? TableColumns : Columns);
            return CliApp.Ok;
        });
        return command;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
