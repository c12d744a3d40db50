using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Bench;

/// <summary>
/// A full ingestion into a fresh database against its floor (<see cref="IngestFloor"/>), like for like: cold — the first
/// run of a fresh process, as the CLI pays it (a child process per run) — and warm (this process, after a warm-up).
/// </summary>
public static class IngestBench
{
    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(options.Source);
        var folder = Directory.CreateTempSubdirectory("changetracker-ingestbench-").FullName;
        try
        {
            var coldFloor = await MedianAsync(options.Runs, _ => ChildModes.TimeAsync(cancellationToken, "floor", source));
            var coldIngest = await MedianAsync(options.Runs, run => ChildModes.TimeAsync(cancellationToken, "ingest", source, Path.Combine(folder, $"cold{run}.db")));
            await using var floorServices = BenchRunner.Build(Path.Combine(folder, "floor.db"));
            await IngestFloor.RunAsync(floorServices, source, cancellationToken); // warm-up
            var warmFloor = await MedianAsync(options.Runs, _ => Measure.OnceAsync(() => IngestFloor.RunAsync(floorServices, source, cancellationToken)));
            await WarmIngestAsync(source, Path.Combine(folder, "warmup.db"), cancellationToken);
            var warmIngest = await MedianAsync(options.Runs, run => WarmIngestAsync(source, Path.Combine(folder, $"warm{run}.db"), cancellationToken));
            await BenchRunner.Row(output, "floor: all sources parsed, fresh process (median)", coldFloor, null);
            await BenchRunner.Row(output, "cold full ingest, fresh process (median)", coldIngest, coldFloor);
            await BenchRunner.Row(output, "floor: all sources parsed, warm (median)", warmFloor, null);
            await BenchRunner.Row(output, "warm full ingest, fresh database (median)", warmIngest, warmFloor);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Ingests everything into a new database in this process; only the ingestion is timed, not the migration.</summary>
    private static async Task<TimeSpan> WarmIngestAsync(string source, string database, CancellationToken cancellationToken)
    {
        await using var services = BenchRunner.Build(database);
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
        var ingestion = services.GetRequiredService<IngestionUseCase>();
        return await Measure.OnceAsync(async () => BenchRunner.Check(await ingestion.RunAsync(new IngestionRequest(source, Trigger: "bench"), null, cancellationToken)));
    }

    private static async Task<TimeSpan> MedianAsync(int runs, Func<int, Task<TimeSpan>> run)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++) times.Add(await run(i));
        times.Sort();
        return times[times.Count / 2];
    }
}
