using System.Diagnostics;

namespace ChangeTracker.Bench;

/// <summary>
/// Whole-process timings of the built CLI, each a fresh process (cold, as a user runs it), from start to exit:
/// `changetracker versions` and `changetracker diff 1.11 1.21` over a database the CLI ingested, against
/// `changetracker --help` (the least a run of the program costs) measured in the same run.
/// </summary>
public static class CliBench
{
    public static async Task RunAsync(BenchOptions options, string database, TextWriter output, CancellationToken cancellationToken)
    {
        var cli = Program(options);
        await output.WriteLineAsync($"CLI: {cli}");
        var ingest = await IngestAsync(options, database, cancellationToken);
        var help = await MedianAsync(options.Runs, cli, ["--help"], cancellationToken);
        var versions = await MedianAsync(options.Runs, cli, ["versions", "--db", database], cancellationToken);
        var diff = await MedianAsync(options.Runs, cli, ["diff", "1.11", "1.21", "--db", database], cancellationToken);
        await BenchRunner.Row(output, "`changetracker --help`, whole process (median)", help, null);
        await BenchRunner.Row(output, "`changetracker versions`, whole process (median)", versions, help);
        await BenchRunner.Row(output, "`changetracker diff 1.11 1.21`, whole process (median)", diff, help);
        await BenchRunner.Row(output, "`changetracker ingest`, fresh database, once", ingest, help);
    }

    /// <summary>`changetracker ingest` of the whole source into a fresh database (what the load step serves).</summary>
    public static Task<TimeSpan> IngestAsync(BenchOptions options, string database, CancellationToken cancellationToken) =>
        TimeAsync(Program(options), ["ingest", "--source", Path.GetFullPath(options.Source), "--db", database], cancellationToken);

    private static string Program(BenchOptions options)
    {
        var cli = options.Cli ?? BenchPaths.Cli;
        return File.Exists(cli) ? cli : throw new BenchUsageException($"no CLI at {cli}: build it with `dotnet build -c {BenchPaths.Configuration} src/ChangeTracker.Cli` or name one with --cli");
    }

    private static async Task<TimeSpan> MedianAsync(int runs, string cli, string[] args, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++) times.Add(await TimeAsync(cli, args, cancellationToken));
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>Starts the CLI and waits for its exit; its output is read and dropped; a failure stops the bench.</summary>
    private static async Task<TimeSpan> TimeAsync(string cli, string[] args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {cli}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = watch.Elapsed;
        await stdout;
        if (process.ExitCode != 0) throw new InvalidOperationException($"changetracker {string.Join(' ', args)} exited {process.ExitCode}: {(await stderr).Trim()}");
        return elapsed;
    }
}
