using System.CommandLine;
using ChangeTracker.Application.Queries;
using ChangeTracker.Cli.Output;
using ChangeTracker.Domain.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker facts [--kind K] [--release V] [--component C] [--os OS] [--port P] [--format table|json|csv|md] [--bom]`.</summary>
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
        var version = CommonOptions.Release("Only facts of this major release (1.12, go1.13)");
        var port = new Option<string?>("--port") { Description = "Only facts about this GOOS/GOARCH port (windows/arm)" };
        var component = new Option<string?>("--component") { Description = "Only this component (crypto/tls, go command)" };
        var os = new Option<string?>("--os") { Description = "Only facts about this OS (macOS, FreeBSD) or GOOS (darwin)" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var bom = CommonOptions.Bom();
        kind.CompletionSources.Add([.. FactKinds.Names]);
        var eval = new Option<string?>("--eval") { Description = "Score the stored facts against a folder of golden lists (tests/ChangeTracker.Facts.Tests/Golden/lists) and print recall and precision per kind" };
        var evalDetails = new Option<bool>("--eval-details") { Description = "With --eval: also list every missed and extra fact" };
        var command = new Command("facts", "List the normalized facts with where the notes say so") { kind, version, component, os, port, format, bom, eval, evalDetails };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(eval) is { } golden)
            {
                using var evalHost = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
                var stored = await evalHost.Services.GetRequiredService<FactsQuery>().ListAsync(new FactFilter(), ct);
                if (stored.Count == 0) throw new UsageException("no facts are stored: run `changetracker ingest` first");
                await FactsEvaluation.WriteAsync(context.Out, golden, stored, parse.GetValue(evalDetails));
                return CliApp.Ok;
            }

            var filter = new FactFilter(
                Kind: ParseKind(parse.GetValue(kind)),
                Version: parse.GetValue(version) is { } v ? CommonOptions.ParseVersion(v) : null,
                Component: parse.GetValue(component),
                Os: parse.GetValue(os),
                Port: parse.GetValue(port));
            var chosen = CommonOptions.FormatOf(parse, format);
            var withBom = CommonOptions.BomFor(parse, bom, chosen);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            await KnownVersionGuard.EnsureKnownAsync(host.Services, filter.Version, ct);
            var facts = await host.Services.GetRequiredService<FactsQuery>().ListAsync(filter, ct);
            if (chosen == OutputFormat.Md) await FactsMarkdown.WriteAsync(context.Out, facts);
            else await RowsWriter.WriteAsync(context.Out, chosen, facts, chosen == OutputFormat.Table ? TableColumns : Columns, facts.Select(FactDto.From).ToList(), withBom, ct);
            return CliApp.Ok;
        });
        return command;
    }

    private static FactKind? ParseKind(string? text) =>
        text is null ? null
        : FactKinds.TryParse(text, out var kind) ? kind
        : throw new UsageException($"--kind {text} is not a fact kind; use one of {string.Join(", ", FactKinds.Names)}.");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
