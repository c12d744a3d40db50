using System.Diagnostics;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Jobs;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChangeTracker.Bench;

/// <summary>
/// A full ingestion with the adjacent diffs (cold, fresh database each time), side by side: one process on SQLite (the
/// baseline), one process on PostgreSQL, and 1, 2 and 4 `changetracker worker` processes (2 workers each) sharing the
/// jobs on one PostgreSQL server; wall time from asking for the run to its end, as a ratio to the SQLite process.
/// </summary>
public static class ScaleOutBench
{
    public static readonly int[] WorkerProcesses = [1, 2, 4];

    public static async Task RunAsync(BenchOptions options, string postgres, TextWriter output, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(options.Source);
        var folder = Directory.CreateTempSubdirectory("changetracker-scalebench-").FullName;
        var baseline = await InProcessAsync(DatabaseTarget.Sqlite(Path.Combine(folder, "single.db")), source, cancellationToken);
        await output.WriteLineAsync($"{"scale-out baseline: 1 process, SQLite",-48} {baseline.TotalMilliseconds,10:0.0} ms");
        var onePg = await WithDatabaseAsync(postgres, target => InProcessAsync(target, source, cancellationToken));
        await Row(output, "1 process, PostgreSQL", onePg, baseline);
        foreach (var count in WorkerProcesses)
        {
            var time = await WithDatabaseAsync(postgres, target => WorkersAsync(target, source, count, folder, cancellationToken));
            await Row(output, $"{count} worker process{(count > 1 ? "es" : "")} × 2 workers, PostgreSQL", time, baseline);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static Task Row(TextWriter output, string what, TimeSpan time, TimeSpan baseline) =>
        output.WriteLineAsync($"{what,-48} {time.TotalMilliseconds,10:0.0} ms   {time / baseline,8:0.00}× SQLite process");

    /// <summary>The CLI's flow in this process: every version step here, then the diffs.</summary>
    private static async Task<TimeSpan> InProcessAsync(DatabaseTarget target, string source, CancellationToken cancellationToken)
    {
        await using var services = Build(target, jobs: false);
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
        var ingestion = services.GetRequiredService<IngestionUseCase>();
        return await Measure.OnceAsync(async () =>
        {
            var report = await ingestion.RunAsync(new IngestionRequest(source, Trigger: "bench"), null, cancellationToken);
            if (!report.Succeeded || report.DiffsRecomputed.Count == 0) throw new InvalidOperationException($"ingestion failed: {report.Summary}");
        });
    }

    /// <summary>Starts the worker processes, asks for a run through Hangfire's storage and waits for its end.</summary>
    private static async Task<TimeSpan> WorkersAsync(DatabaseTarget target, string source, int processes, string folder, CancellationToken cancellationToken)
    {
        await using var services = Build(target, jobs: true);
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
        var workers = new List<Process>();
        try
        {
            for (var i = 0; i < processes; i++) workers.Add(await StartWorkerAsync(target, source, folder, cancellationToken));
            var dbFactory = services.GetRequiredService<IDbContextFactory<ChangeTrackerDbContext>>();
            return await Measure.OnceAsync(async () =>
            {
                services.GetRequiredService<IJobQueue>().EnqueueIngestion("bench", source);
                await WaitForRunAsync(dbFactory, cancellationToken);
            });
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync(CancellationToken.None);
                worker.Dispose();
            }
        }
    }

    private static async Task WaitForRunAsync(IDbContextFactory<ChangeTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < deadline)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.IngestionRuns.SingleOrDefaultAsync(r => r.FinishedAt != null, cancellationToken) is { } run)
            {
                if (run.Outcome != RunRecorder.Succeeded || run.DiffsRecomputed == 0) throw new InvalidOperationException($"run {run.Id} ended {run.Outcome}: {run.Error}");
                return;
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("the ingestion run did not finish within 15 minutes");
    }

    private static async Task<Process> StartWorkerAsync(DatabaseTarget target, string source, string folder, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "changetracker.dll"));
        foreach (var argument in new[] { "worker", "--workers", "2" }) info.ArgumentList.Add(argument);
        info.Environment["ChangeTracker__Database__Provider"] = nameof(DatabaseProvider.PostgreSql);
        info.Environment["ConnectionStrings__ChangeTracker"] = target.ConnectionString;
        info.Environment["ChangeTracker__Source"] = source;
        info.Environment["ChangeTracker__DatabasePath"] = Path.Combine(folder, "exports.db");
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start a worker");
        var started = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) => { if (e.Data?.StartsWith("worker started", StringComparison.Ordinal) == true) started.TrySetResult(); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await started.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return process;
    }

    private static async Task<TimeSpan> WithDatabaseAsync(string server, Func<DatabaseTarget, Task<TimeSpan>> measure)
    {
        var name = $"ct_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            return await measure(DatabaseTarget.PostgreSql(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString()));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static ServiceProvider Build(DatabaseTarget target, bool jobs)
    {
        var settings = new Dictionary<string, string?> { ["ChangeTracker:Jobs:RunServer"] = "false" };
        if (target.Provider == DatabaseProvider.PostgreSql)
        {
            settings["ChangeTracker:Database:Provider"] = nameof(DatabaseProvider.PostgreSql);
            settings["ConnectionStrings:ChangeTracker"] = target.ConnectionString;
        }
        else settings["ChangeTracker:DatabasePath"] = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddChangeTrackerCore();
        if (jobs) services.AddChangeTrackerJobs(runServer: false);
        return services.BuildServiceProvider();
    }
}
