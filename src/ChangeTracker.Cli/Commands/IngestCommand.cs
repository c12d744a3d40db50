using System.CommandLine;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker ingest --source URL|DIR [--release 1.12 …] [--force]`.</summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var source = CommonOptions.Source();
        var versions = new Option<string[]>("--release") { Description = "Only these major releases (repeatable), e.g. --release 1.12", AllowMultipleArgumentsPerToken = true };
        var force = new Option<bool>("--force") { Description = "Re-parse and re-store pages even when their content is unchanged" };
        var command = new Command("ingest", "Fetch the release history, the downloads feed and every release-notes page into the database") { source, versions, force };
        command.SetAction(async (parse, ct) =>
        {
            var wanted = (parse.GetValue(versions) ?? []).Select(CommonOptions.ParseVersion).ToList();
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(source), DatabaseUse.CreateIfMissing, ct);
            var location = host.Services.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value.Source;
            var request = new IngestionRequest(location, wanted.Count == 0 ? null : wanted, parse.GetValue(force), IngestionTriggers.Cli);
            var report = await IngestProgressDisplay.RunAsync(context, host.Services.GetRequiredService<IngestionUseCase>(), request, ct);
            return report.Succeeded ? CliApp.Ok : CliApp.Failed;
        });
        return command;
    }
}
