using System.CommandLine;
using ChangeTracker.Application.Checks;
using ChangeTracker.Diffs;
using ChangeTracker.Modules.Reading;
using ChangeTracker.Modules.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>
/// `changetracker check PATH [--from V] [--to V] [--target T …] [--format markdown|html|json|csv] [--out FILE]`: what of
/// the upgrade touches this module. Exit 0 when nothing breaking was found, 3 when something was, 2 on usage errors.
/// </summary>
public static class CheckCommand
{
    public const int BreakingFound = 3;

    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "The module: a folder with go.mod (and go.work), or a .zip of one" };
        var from = new Option<string?>("--from") { Description = "The version you have (default: the go line of go.mod)" };
        var to = new Option<string?>("--to") { Description = "The version you go to (default: the newest stored release)" };
        var targets = CommonOptions.Targets();
        var format = new Option<string>("--format") { Description = "markdown (default), html, json or csv", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong([.. CheckReportRenderers.Formats, "md"]);
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of the console" };
        var command = new Command("check", "Will my module survive the upgrade? Reads a module's go.mod and sources as text (never runs them) and lists what of the upgrade touches it, breaking first; exit 3 when something breaking is found")
            { path, from, to, targets, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var request = new CheckRequest(
                Read(parse.GetValue(path)!),
                parse.GetValue(from) is { } f ? CommonOptions.ParseVersion(f) : null,
                parse.GetValue(to) is { } t ? CommonOptions.ParseVersion(t) : null,
                Targets(parse.GetValue(targets)));
            CheckReportRenderers.TryGet(parse.GetValue(format), out var renderer);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            try
            {
                var report = await host.Services.GetRequiredService<CheckUseCase>().CheckAsync(request, ct);
                await WriteAsync(report, renderer!, parse.GetValue(output), context, ct);
                return report.HasBreaking ? BreakingFound : CliApp.Ok;
            }
            catch (Exception ex) when (ex is UnknownVersionException or CheckInputException)
            {
                throw new UsageException(ex.Message);
            }
        });
        return command;
    }

    private static IReadOnlyList<ChangeTracker.Diffs.Narrowing.DiffTarget> Targets(string[]? texts)
    {
        try
        {
            return ChangeTracker.Diffs.Narrowing.DiffTarget.ParseList(texts ?? []);
        }
        catch (FormatException e)
        {
            throw new UsageException("--target " + e.Message);
        }
    }

    private static ModuleText Read(string path)
    {
        try
        {
            if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = File.OpenRead(path);
                return ModuleSources.FromZip(zip);
            }
            if (File.Exists(path) && Path.GetFileName(path) is "go.mod" or "go.work") return ModuleSources.FromDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (!Directory.Exists(path)) throw new UsageException($"{path} is neither a folder nor a .zip file.");
            return ModuleSources.FromDirectory(path);
        }
        catch (ModuleReadException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static async Task WriteAsync(ChangeTracker.Modules.Checking.CheckReport report, ICheckReportRenderer renderer, string? output, CliContext context, CancellationToken ct)
    {
        if (output is null)
        {
            await renderer.RenderAsync(report, context.Out, ct);
            return;
        }
        var temp = output + ".tmp";
        await using (var writer = new StreamWriter(temp)) await renderer.RenderAsync(report, writer, ct);
        File.Move(temp, output, overwrite: true);
        await context.Out.WriteLineAsync($"{output}: {report.BreakingCount} breaking, {report.Findings.Count - report.BreakingCount} to review");
    }
}
