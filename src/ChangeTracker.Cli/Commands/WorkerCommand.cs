using System.CommandLine;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Cli.Commands;

/// <summary>
/// `changetracker worker [--workers N] [--ingest]`: a Hangfire server with N workers and no web, on the configured job
/// storage, until stopped (Ctrl+C). Several of them, on one or more machines, share the queue of one PostgreSQL server.
/// </summary>
public static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var workers = Workers();
        var ingest = new Option<bool>("--ingest") { Description = "Ask for one ingestion at start (joins one already queued or running)" };
        var source = CommonOptions.Source();
        var command = new Command("worker", "Run background jobs (ingestion steps, stored diffs, exports) without the web app") { workers, ingest, source };
        command.SetAction(async (parse, ct) =>
        {
            var builder = CliHost.Builder(parse.GetValue(CommonOptions.Database), parse.GetValue(source), LogLevel.Information);
            if (parse.GetValue(workers) is { } count)
                builder.Configuration.AddInMemoryCollection([new($"{ChangeTrackerOptions.SectionName}:JobWorkers", count.ToString())]);
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Hangfire", LogLevel.Warning);
            builder.Services.AddChangeTrackerJobs(runServer: true);
            using var host = builder.Build();
            await host.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(ct);
            host.Services.UseChangeTrackerJobs(askForStartupRun: parse.GetValue(ingest));
            await context.Error.WriteLineAsync("worker started; Ctrl+C stops it after the running jobs are handed back");
            await host.RunAsync(ct);
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>1 to 64, or absent (configuration decides); a word or an out-of-range number is one plain sentence, not a parser exception.</summary>
    private static Option<int?> Workers() => new("--workers")
    {
        Description = "Jobs this process runs at once (1-64, default ChangeTracker:JobWorkers, 2)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 64)
                return count;
            result.AddError($"--workers must be between 1 and 64, not {text}.");
            return null;
        },
    };
}
