using System.Diagnostics;
using System.Security.Cryptography;
using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Bench;

/// <summary>
/// Measures ingestion and diffs against baselines taken in the same run (the machines are noisy, so
/// ratios are what to compare): reading and hashing every page of the source; loading all stored facts.
/// </summary>
public static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "changetracker-bench", Guid.NewGuid().ToString("n"));
        if (options.LoadOnly) return await LoadOnlyAsync(options, folder, output, cancellationToken);
        await using var services = Build(Path.Combine(folder, "bench.db"));
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
        var ingestion = services.GetRequiredService<IngestionUseCase>();
        if (options.CheckOnly)
        {
            Check(await ingestion.RunAsync(new IngestionRequest(options.Source, Trigger: "bench"), null, cancellationToken));
            await CheckBench.RunAsync(services, options, output, cancellationToken);
            await CleanUpAsync(services, folder);
            return 0;
        }

        var readBaseline = Directory.Exists(options.Source)
            ? await Measure.MedianAsync(options.Runs, () => ReadAndHashAsync(options.Source, cancellationToken))
            : (TimeSpan?)null;
        var parseNoFacts = Directory.Exists(options.Source)
            ? await Measure.MedianAsync(options.Runs, () => ParseAndExtractAsync(options.Source, cancellationToken, extract: false))
            : (TimeSpan?)null;
        var parseOnly = Directory.Exists(options.Source)
            ? await Measure.MedianAsync(options.Runs, () => ParseAndExtractAsync(options.Source, cancellationToken))
            : (TimeSpan?)null;
        var cold = await Measure.OnceAsync(async () => Check(await ingestion.RunAsync(new IngestionRequest(options.Source, Trigger: "bench"), null, cancellationToken)));
        var warm = await Measure.MedianAsync(options.Runs, async () => Check(await ingestion.RunAsync(new IngestionRequest(options.Source, Trigger: "bench"), null, cancellationToken)));

        var dbFactory = services.GetRequiredService<IDbContextFactory<ChangeTrackerDbContext>>();
        var factsBaseline = await Measure.MedianAsync(options.Runs, async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Facts.AsNoTracking().ToListAsync(cancellationToken);
        });
        var stored = services.GetRequiredService<StoredDiffs>();
        var pairs = 0;
        var diffs = services.GetRequiredService<DiffUseCase>();
        var firstLongJump = await Measure.OnceAsync(() => diffs.ComputeAsync(GoVersion.Parse("1.1"), GoVersion.Parse("1.27"), cancellationToken));
        var adjacent = await Measure.MedianAsync(options.Runs, async () => pairs = await stored.RecomputeAsync(null, cancellationToken));
        var longJump = await Measure.MedianAsync(options.Runs, () => diffs.ComputeAsync(GoVersion.Parse("1.1"), GoVersion.Parse("1.27"), cancellationToken));
        var storedAdjacent = await Measure.MedianAsync(options.Runs, () => diffs.DiffAsync(GoVersion.Parse("1.12"), GoVersion.Parse("1.13"), cancellationToken));

        await output.WriteLineAsync($"source: {options.Source}; runs per median: {options.Runs}; peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        if (readBaseline is { } read)
        {
            await Row(output, "baseline A: read + SHA-256 every page", read, null);
            await Row(output, "parse every notes page (median)", parseNoFacts!.Value, read);
            await Row(output, "parse + extract facts, every page (median)", parseOnly!.Value, read);
            await Row(output, "cold ingest (fresh database)", cold, read);
            await Row(output, "second ingest, unchanged (median)", warm, read);
        }
        else
        {
            await Row(output, "cold ingest (fresh database)", cold, null);
            await Row(output, "second ingest, unchanged (median)", warm, null);
        }
        await Row(output, "baseline B: read every fact row (median)", factsBaseline, null);
        await Row(output, $"compute + store all {pairs} adjacent diffs (median)", adjacent, factsBaseline);
        await Row(output, "on-demand diff 1.1 → 1.27, first after ingest", firstLongJump, factsBaseline);
        await Row(output, "on-demand diff 1.1 → 1.27 (median)", longJump, factsBaseline);
        await Row(output, "stored adjacent diff 1.12 → 1.13 (median)", storedAdjacent, factsBaseline);
        await output.WriteLineAsync($"cold/warm ingest ratio: {cold / warm:0.0}×");
        await IngestBench.RunAsync(options, output, cancellationToken);
        await CheckBench.RunAsync(services, options, output, cancellationToken);
        await CliBench.RunAsync(options, Path.Combine(folder, "cli.db"), output, cancellationToken);
        if (options.Web)
        {
            await LoadBench.RunAsync(options, Path.Combine(folder, "cli.db"), output, cancellationToken);
            await WebBench.RunAsync(options, output, cancellationToken);
        }
        if (options.Postgres is { } postgres) await ScaleOutBench.RunAsync(options, postgres, output, cancellationToken);
        else await output.WriteLineAsync("scale-out rows skipped: name a PostgreSQL server with --postgres \"Host=…;Username=…\" (or CHANGETRACKER_BENCH_POSTGRES)");
        await CleanUpAsync(services, folder);
        return 0;
    }

    /// <summary>--load-only: the CLI ingests a fresh database, then only the load step runs over it.</summary>
    private static async Task<int> LoadOnlyAsync(BenchOptions options, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "cli.db");
            await CliBench.IngestAsync(options, database, cancellationToken);
            await LoadBench.RunAsync(options, database, output, cancellationToken);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task CleanUpAsync(ServiceProvider services, string folder)
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    public static ServiceProvider Build(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ChangeTracker:DatabasePath"] = databasePath })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddChangeTrackerCore()
            .BuildServiceProvider();
    }

    public static void Check(IngestionReport report)
    {
        if (!report.Succeeded) throw new InvalidOperationException($"ingestion failed: {report.Summary}");
    }

    private static async Task ReadAndHashAsync(string folder, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.Contains("historic")))
            SHA256.HashData(await File.ReadAllBytesAsync(file, cancellationToken));
    }

    private static async Task ParseAndExtractAsync(string folder, CancellationToken cancellationToken, bool extract = true)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "doc"), "go1*.html"))
        {
            var version = GoVersion.Parse(Path.GetFileNameWithoutExtension(file));
            var notes = ChangeTracker.Parsing.ReleaseNotesParser.Parse(await File.ReadAllTextAsync(file, cancellationToken), version).GetValueOrThrow();
            if (extract) ChangeTracker.Application.Facts.NotesFactExtraction.Extract(notes, new Uri("https://go.dev/doc/" + version.ToTag()));
        }
    }

    public static Task Row(TextWriter output, string what, TimeSpan time, TimeSpan? baseline) =>
        output.WriteLineAsync($"{what,-48} {time.TotalMilliseconds,10:0.0} ms{(baseline is { } b ? $"   {time / b,8:0.0}× baseline" : "")}");
}
