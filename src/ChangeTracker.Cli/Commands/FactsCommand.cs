using System.CommandLine;
using ChangeTracker.Application.Queries;
using ChangeTracker.Cli.Output;
using ChangeTracker.Domain.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker facts [--kind K] [--version V] [--component C] [--os OS] [--format table|json|csv|md]`.</summary>
public static class FactsCommand
{
    private static readonly Column<Fact>[] Columns =
    [
        new("id", f => f.Id),
        new("kind", f => f.Kind.ToName()),
        new("version", f => f.Version.ToString()),
        new("breaking", f => f.Breaking ? "true" : "false"),
        new("tentative", f => f.Tentative ? "true" : "false"),
        new("status", f => f.Status?.ToName()),
        new("resolvedIn", f => f.ResolvedIn?.ToString()),
        new("lastVersion", f => f.LastVersion?.ToString()),
        new("announcedIn", f => f.AnnouncedIn?.ToString()),
        new("subject", f => f.Subject),
        new("os", f => f.Os),
        new("osVersion", f => f.OsVersion),
        new("port", f => f.Port),
        new("renamedTo", f => f.RenamedTo),
        new("area", f => f.Area),
        new("minimum", f => f.Minimum),
        new("godebug", f => f.Godebug),
        new("symbols", f => f.Symbols.ToString()),
        new("component", f => f.Component),
        new("category", f => f.Category),
        new("summary", f => f.Summary),
        new("source", f => f.Source),
    ];

    private static readonly Column<Fact>[] TableColumns =
    [
        new("kind", f => f.Kind.ToName()),
        new("version", f => f.Version.ToString()),
        new("announced", f => f.AnnouncedIn?.ToString()),
        new("breaking", f => f.Breaking ? "yes" : ""),
        new("subject", f => Shorten(f.Subject, 60)),
        new("component", f => f.Port ?? f.Component),
        new("source", f => f.Source),
    ];

    public static Command Create(CliContext context)
    {
        var kind = new Option<string?>("--kind") { Description = FactKinds.NamesText };
        var version = new Option<string?>("--version") { Description = "Only facts of this major version (1.12, go1.13)" };
        var component = new Option<string?>("--component") { Description = "Only this component (crypto/tls, go command)" };
        var os = new Option<string?>("--os") { Description = "Only facts about this OS (macOS, FreeBSD) or GOOS (darwin)" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var eval = new Option<string?>("--eval") { Description = "Score the stored facts against a folder of golden lists (tests/ChangeTracker.Facts.Tests/Golden/lists) and print recall and precision per kind" };
        var evalDetails = new Option<bool>("--eval-details") { Description = "With --eval: also list every missed and extra fact" };
        var command = new Command("facts", "List the normalized facts with where the notes say so") { kind, version, component, os, format, eval, evalDetails };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(eval) is { } golden)
            {
                using var evalHost = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, ct);
                var stored = await evalHost.Services.GetRequiredService<FactsQuery>().ListAsync(new FactFilter(), ct);
                if (stored.Count == 0) throw new UsageException("no facts are stored: run `changetracker ingest` first");
                await FactsEvaluation.WriteAsync(context.Out, golden, stored, parse.GetValue(evalDetails));
                return CliApp.Ok;
            }

            var filter = new FactFilter(
                Kind: ParseKind(parse.GetValue(kind)),
                Version: parse.GetValue(version) is { } v ? CommonOptions.ParseVersion(v) : null,
                Component: parse.GetValue(component),
                Os: parse.GetValue(os));
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, ct);
            await KnownVersionGuard.EnsureKnownAsync(host.Services, filter.Version, ct);
            var facts = await host.Services.GetRequiredService<FactsQuery>().ListAsync(filter, ct);
            var chosen = parse.GetValue(format);
            if (chosen == OutputFormat.Md) await FactsMarkdown.WriteAsync(context.Out, facts);
            else await RowsWriter.WriteAsync(context.Out, chosen, facts, chosen == OutputFormat.Table ? TableColumns : Columns, facts.Select(FactDto.From).ToList());
            return CliApp.Ok;
        });
        return command;
    }

    private static FactKind? ParseKind(string? text) =>
        text is null ? null
        : FactKinds.TryParse(text, out var kind) ? kind
        : throw new UsageException($"--kind '{text}' is not one of {FactKinds.NamesText}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
