using System.CommandLine;
using ChangeTracker.Application.Mirroring;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>`changetracker mirror --source URL --out DIR`: snapshot a source into a folder of the same layout.</summary>
public static class MirrorCommand
{
    public static Command Create(CliContext context)
    {
        var source = CommonOptions.Source();
        var output = new Option<string>("--out") { Description = "Folder to write (laid out by URL path: doc/go1.12.html, dl/index.json, …)", Required = true };
        var command = new Command("mirror", "Save what a source serves into a folder that `ingest --source DIR` can read later") { source, output };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(source), DatabaseUse.CreateIfMissing, ct);
            var location = parse.GetValue(source) ?? Sources.SourceOptions.DefaultLocation;
            var report = await host.Services.GetRequiredService<MirrorUseCase>().RunAsync(location, parse.GetValue(output)!,
                new Progress<MirroredPage>(p => context.Log.Info($"{(p.Error is null ? "saved " : "failed")} {p.Path}{(p.Error is null ? "" : ": " + p.Error)}")), ct);
            await context.Out.WriteLineAsync($"Mirrored {report.Saved} pages into {report.Folder}; {report.Failed.Count} failed");
            foreach (var failed in report.Failed) await context.Out.WriteLineAsync($"  failed {failed.Path}: {failed.Error}");
            return report.Failed.Count == 0 ? CliApp.Ok : CliApp.Failed;
        });
        return command;
    }
}
