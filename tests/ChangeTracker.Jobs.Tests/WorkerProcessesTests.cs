using ChangeTracker.Application.TestHooks;
using ChangeTracker.Jobs.Tests.Support;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChangeTracker.Jobs.Tests;

/// <summary>
/// Several `changetracker worker` processes against one PostgreSQL server share a full ingestion of ../shared/go-site:
/// every job runs to success exactly once, and the data equals what one SQLite process stores; a worker killed
/// mid-run leaves its jobs to another. A worker killed while its run job enqueues the version steps leaves the run to
/// another worker, which enqueues the rest: at least once, so the one step in flight at the kill may run twice
/// (harmless: the version lock serialises the two, and the second finds the page unchanged).
/// </summary>
public sealed class WorkerProcessesTests(SingleProcessSqliteIngestion sqlite) : IClassFixture<SingleProcessSqliteIngestion>, IPostgreSqlTests, IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.PostgreSql,
        Path.Combine(Path.GetTempPath(), "changetracker-workers", Guid.NewGuid().ToString("n")), "workers");

    private readonly List<WorkerProcess> _workers = [];

    [GoSiteFact]
    public async Task Three_workers_share_a_full_ingestion_each_job_runs_once_and_the_data_equals_one_sqlite_process()
    {
        _workers.Add(await StartWorkerAsync());
        _workers.Add(await StartWorkerAsync());
        _workers.Add(await StartWorkerAsync("--ingest"));

        var run = await FinishedRunAsync();

        Assert.Equal(("succeeded", 30, 27), (run.Outcome, run.Pages.Count, run.DiffsRecomputed));
        var jobs = await SettledVersionJobsAsync();
        Assert.Equal(0, await StatelessVersionJobsAsync());
        Assert.Equal(28, jobs.Count);
        Assert.Equal(28, jobs.Select(j => j.Version).Distinct().Count());
        Assert.All(jobs, j => Assert.Equal(("Succeeded", 1, 1), (j.State, j.Processed, j.Succeeded)));
        Assert.True(jobs.Select(j => j.FirstServer).Distinct().Count() >= 2, "the version jobs all ran in one process: " + string.Join(", ", jobs.Select(j => j.FirstServer)));
        await AssertSameDataAsSqliteAsync();
    }

    [GoSiteFact]
    public async Task A_worker_killed_mid_run_leaves_its_jobs_to_another_and_no_version_is_half_stored()
    {
        _workers.Add(await StartWorkerAsync());
        var victim = await StartWorkerAsync("--ingest");
        _workers.Add(victim);
        await JobsApp.WaitForAsync(async () => (await VersionJobsAsync()).Any(j => j.State == "Processing" && j.FirstServer.Contains($":{victim.Id}:")),
            "a version job processing on the worker to kill", seconds: 180);

        victim.Kill();
        var run = await FinishedRunAsync();

        Assert.Equal(("succeeded", 30, 27), (run.Outcome, run.Pages.Count, run.DiffsRecomputed));
        var jobs = await SettledVersionJobsAsync();
        Assert.True(await StatelessVersionJobsAsync() <= 1, "more than the one job being created when the worker died has no state");
        Assert.Equal(28, jobs.Select(j => j.Version).Distinct().Count());
        var twice = jobs.GroupBy(j => j.Version).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count <= 1, "more than the one step in flight when the worker died was enqueued twice: " + string.Join(", ", twice));
        Assert.All(jobs, j => Assert.Equal(("Succeeded", 1), (j.State, j.Succeeded)));
        var takenOver = jobs.Where(j => j.FirstServer.Contains($":{victim.Id}:")).ToList();
        Assert.NotEmpty(takenOver);
        Assert.All(takenOver, j => Assert.DoesNotContain($":{victim.Id}:", j.LastServer));
        await AssertSameDataAsSqliteAsync();
    }

    [GoSiteFact]
    public async Task A_worker_that_dies_while_enqueuing_a_run_leaves_the_run_to_another_which_enqueues_only_the_rest()
    {
        var victim = await StartWorkerAsync(CrashTestHook.StepEnqueued + ":5", ["--ingest"]);
        _workers.Add(victim);
        await JobsApp.WaitForAsync(async () => (await RunJobServersAsync()).Any(s => s.Contains($":{victim.Id}:")),
            "the run job processing on the worker that will die", seconds: 180);
        _workers.Add(await StartWorkerAsync());

        var run = await FinishedRunAsync();

        Assert.Equal(("succeeded", 30, 27), (run.Outcome, run.Pages.Count, run.DiffsRecomputed));
        Assert.Contains("killing the process at step-enqueued:5", victim.Output);
        var runJob = await RunJobServersAsync();
        Assert.True(runJob.Count == 2 && !runJob[1].Contains($":{victim.Id}:"), "the run job was not taken over: " + string.Join(", ", runJob));
        var jobs = await SettledVersionJobsAsync();
        Assert.Equal(28, jobs.Count);
        Assert.Equal(28, jobs.Select(j => j.Version).Distinct().Count());
        Assert.All(jobs, j => Assert.Equal(("Succeeded", 1), (j.State, j.Succeeded)));
        await AssertSameDataAsSqliteAsync();
    }

    public void Dispose()
    {
        foreach (var worker in _workers) worker.Dispose();
        _database.Dispose();
        try { Directory.Delete(_database.Folder, recursive: true); } catch (IOException) { }
    }

    private Task<WorkerProcess> StartWorkerAsync(params string[] arguments) => StartWorkerAsync(null, arguments);

    /// <summary>A worker process; one that kills itself at <paramref name="crashAt"/> (<see cref="CrashTestHook"/>) when given.</summary>
    private Task<WorkerProcess> StartWorkerAsync(string? crashAt, string[] arguments)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ChangeTracker__Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__ChangeTracker"] = _database.Target.ConnectionString,
            ["ConnectionStrings__Hangfire"] = _database.Target.ConnectionString,
            ["ChangeTracker__DatabasePath"] = _database.SqlitePath,
            ["ChangeTracker__Source"] = GoSite.Require(),
            ["ChangeTracker__Jobs__InvisibilityTimeout"] = "00:00:10",
            [CrashTestHook.Variable] = crashAt,
        };
        return WorkerProcess.StartAsync(environment, ["--workers", "2", .. arguments]);
    }

    private ChangeTrackerDbContext Open() => new(StorageSetup.Options(_database.Target));

    private async Task<Storage.Records.IngestionRunRecord> FinishedRunAsync()
    {
        try
        {
            await JobsApp.WaitForAsync(async () =>
            {
                await using var db = Open();
                return await db.Database.CanConnectAsync() && await TablesExistAsync(db) && await db.IngestionRuns.AnyAsync(r => r.FinishedAt != null);
            }, "the ingestion run to finish", seconds: 420);
        }
        catch (Exception) when (_workers.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("workers' output:\n" + string.Join("\n----\n", _workers.Select(w => w.Output)));
        }
        await using var done = Open();
        return await done.IngestionRuns.Include(r => r.Pages).SingleAsync();
    }

    private static async Task<bool> TablesExistAsync(ChangeTrackerDbContext db) =>
        !(await db.Database.GetPendingMigrationsAsync()).Any();

    private async Task AssertSameDataAsSqliteAsync()
    {
        await using var db = Open();
        var workers = await DataDigest.OfAsync(db.Database.GetDbConnection());
        var single = await sqlite.DigestAsync();
        foreach (var table in DataDigest.Tables)
            Assert.True(workers[table] == single[table], $"{table}: workers on PostgreSQL {workers[table]} ≠ one SQLite process {single[table]}");
    }

    /// <summary>The servers that processed the run job (the first ingestion job), in order.</summary>
    private async Task<List<string>> RunJobServersAsync()
    {
        await using var connection = new NpgsqlConnection(_database.Target.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('hangfire.job') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!) return [];
        await using var command = new NpgsqlCommand("""
            SELECT s.data::json->>'ServerId' FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE j.invocationdata::text LIKE '%ScheduledIngestionJob%' AND s.name = 'Processing' ORDER BY s.id
            """, connection);
        var servers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) servers.Add(reader.GetString(0));
        return servers;
    }

    /// <summary>
    /// The version jobs once none is still queued or processing: a run is finished by its last step from inside that
    /// job, just before Hangfire records the job's success, and a step re-run after its worker died may still be going
    /// (finding its page already recorded) when the run has finished.
    /// </summary>
    private async Task<List<(long Id, string Version, string State, int Processed, int Succeeded, string FirstServer, string LastServer)>> SettledVersionJobsAsync()
    {
        try
        {
            await JobsApp.WaitForAsync(async () => (await VersionJobsAsync()).All(j => j.State is "Succeeded" or "Failed" or "Deleted"),
                "every version job to succeed or fail (a retried step waits up to 10 + 60 + 300 s)", seconds: 480);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var unsettled = (await VersionJobsAsync()).Where(j => j.State is not ("Succeeded" or "Failed" or "Deleted"));
            throw new Xunit.Sdk.XunitException($"{e.Message}; unsettled: {string.Join("; ", unsettled)}\nworkers' output:\n"
                + string.Join("\n----\n", _workers.Select(w => w.Output)));
        }
        return await VersionJobsAsync();
    }

    /// <summary>Version jobs Hangfire created but never gave a state: their creator died between the two writes.</summary>
    private async Task<long> StatelessVersionJobsAsync()
    {
        await using var connection = new NpgsqlConnection(_database.Target.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%VersionIngestionJob%' AND statename IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Each version job of Hangfire's storage with a state: its version, state, how often it was processing and
    /// succeeded, and on which servers. Hangfire creates a job in two writes (the job, then its Enqueued state), so a
    /// worker killed between them leaves a job without a state: it never runs and expires (<see cref="StatelessVersionJobsAsync"/>).
    /// </summary>
    private async Task<List<(long Id, string Version, string State, int Processed, int Succeeded, string FirstServer, string LastServer)>> VersionJobsAsync()
    {
        await using var connection = new NpgsqlConnection(_database.Target.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('hangfire.job') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!) return [];
        await using var command = new NpgsqlCommand("""
            SELECT j.id, j.arguments::json->>2, coalesce(j.statename, ''),
                   count(*) FILTER (WHERE s.name = 'Processing'), count(*) FILTER (WHERE s.name = 'Succeeded'),
                   coalesce((array_agg(s.data::json->>'ServerId' ORDER BY s.id) FILTER (WHERE s.name = 'Processing'))[1], ''),
                   coalesce((array_agg(s.data::json->>'ServerId' ORDER BY s.id DESC) FILTER (WHERE s.name = 'Processing'))[1], '')
            FROM hangfire.job j LEFT JOIN hangfire.state s ON s.jobid = j.id
            WHERE j.invocationdata::text LIKE '%VersionIngestionJob%' AND j.statename IS NOT NULL
            GROUP BY j.id, j.arguments, j.statename ORDER BY j.id
            """, connection);
        var jobs = new List<(long, string, string, int, int, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            jobs.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4), reader.GetString(5), reader.GetString(6)));
        return jobs;
    }
}

/// <summary>One ingestion of ../shared/go-site by one CLI process into a SQLite file: what the workers must store too.</summary>
public sealed class SingleProcessSqliteIngestion : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-single", Guid.NewGuid().ToString("n"));
    private Dictionary<string, (int Rows, string Digest)>? _digest;

    public async Task<Dictionary<string, (int Rows, string Digest)>> DigestAsync()
    {
        if (_digest is not null) return _digest;
        var database = Path.Combine(_folder, "changetracker.db");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await ChangeTracker.Cli.CliApp.RunAsync(["ingest", "--source", GoSite.Require(), "--db", database], stdout, stderr, CancellationToken.None);
        Assert.True(exit == 0, stdout + "\n" + stderr);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return _digest = await DataDigest.OfAsync(database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
