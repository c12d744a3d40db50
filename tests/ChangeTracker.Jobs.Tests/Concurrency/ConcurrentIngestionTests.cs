using ChangeTracker.Jobs.Tests.Support;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace ChangeTracker.Jobs.Tests.Concurrency;

/// <summary>
/// Two `changetracker ingest` processes started at once against one database (a SQLite file, or a PostgreSQL
/// database), while the web app on real Kestrel serves the API and the pages from it: both exit 0 (the second either ingests after the first or says
/// which run holds the source), no user ever sees a lock error or a 5xx, no row is duplicated, and the data equals
/// one clean ingestion.
/// </summary>
public abstract class ConcurrentIngestionTests(SingleProcessSqliteIngestion single, ITestOutputHelper output)
{
    protected abstract DatabaseProvider Provider { get; }

    [GoSiteFact]
    public async Task Two_ingest_processes_and_web_reads_at_once_store_one_clean_ingestion_without_lock_errors()
    {
        await using var web = new JobsApp(GoSite.Require(), Provider);
        web.UseKestrel(0);
        web.StartServer();
        var database = web.Database;
        using var client = web.CreateClient();
        var reads = new WebReadLoop(client);
        using var stopReading = new CancellationTokenSource();
        var reading = Task.Run(() => reads.RunAsync(stopReading.Token));

        var ingestions = await Task.WhenAll(IngestAsync(database), IngestAsync(database));
        await stopReading.CancelAsync();
        await reading;

        foreach (var (result, i) in ingestions.Select((r, i) => (r, i)))
            output.WriteLine($"process {i + 1}: exit {result.ExitCode}\n{result.Out}{Tail(result.Error)}");
        output.WriteLine($"{reads.Requests} web reads during the ingestions, {reads.Problems.Count} problems");
        Assert.All(ingestions, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Out}\n{r.Error}"));
        Assert.All(ingestions, r => Assert.False(WebReadLoop.LockOrLeak().IsMatch(r.Out + r.Error), $"a process showed a lock error or an exception:\n{r.Out}\n{r.Error}"));
        Assert.All(ingestions, r => Assert.Matches(@"Run \d+: .*ingested|skipped: run \d+ .* is already ingesting", r.Out + r.Error));
        Assert.True(reads.Requests >= 10, $"only {reads.Requests} reads ran during the ingestions");
        Assert.True(reads.Problems.Count == 0, string.Join("\n", reads.Problems.Take(20)));

        SqliteConnection.ClearAllPools();
        await using var connection = Open(database);
        await connection.OpenAsync();
        Assert.Empty(await DuplicatesAsync(connection));
        var concurrent = await DataDigest.OfAsync(connection);
        var clean = await single.DigestAsync();
        foreach (var table in DataDigest.Tables)
            Assert.True(concurrent[table] == clean[table], $"{table}: two concurrent ingestions {concurrent[table]} ≠ one clean ingestion {clean[table]}");
    }

    /// <summary>`changetracker ingest` as a user runs it: `--db FILE` on SQLite, the provider settings in the environment on PostgreSQL.</summary>
    private static Task<ChildProcess.Result> IngestAsync(TestDatabase database)
    {
        var command = new List<string> { "dotnet", Path.Combine(AppContext.BaseDirectory, "changetracker.dll"), "ingest", "--source", GoSite.Require() };
        if (database.Provider == DatabaseProvider.Sqlite) command.AddRange(["--db", database.SqlitePath]);
        var environment = TestDatabase.AsEnvironment(database.Settings);
        return ChildProcess.RunAsync(AppContext.BaseDirectory, TimeSpan.FromMinutes(6), environment, [.. command]);
    }

    private static DbConnection Open(TestDatabase database) => database.Provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnection(database.Target.ConnectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.SqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    /// <summary>Rows sharing what identifies them (a release's version, a fact's id, a section of a release, a linked fact).</summary>
    private static async Task<List<string>> DuplicatesAsync(DbConnection connection)
    {
        string[] keys =
        [
            """SELECT 'Releases ' || "Version" FROM "Releases" GROUP BY "Version" HAVING count(*) > 1""",
            """SELECT 'Facts ' || "FactId" FROM "Facts" GROUP BY "FactId" HAVING count(*) > 1""",
            """SELECT 'LinkedFacts ' || "FactId" FROM "LinkedFacts" GROUP BY "FactId" HAVING count(*) > 1""",
            """SELECT 'Sections ' || "ReleaseId" || ' ' || "HeadingPath" FROM "Sections" GROUP BY "ReleaseId", "HeadingPath", "Ordinal" HAVING count(*) > 1""",
            """SELECT 'Revisions ' || "Version" FROM "Revisions" GROUP BY "Version" HAVING count(*) > 1""",
            """SELECT 'DistributionFiles ' || "Filename" FROM "DistributionFiles" GROUP BY "Filename" HAVING count(*) > 1""",
        ];
        var duplicates = new List<string>();
        foreach (var sql in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) duplicates.Add(reader.GetString(0));
        }
        return duplicates;
    }

    private static string Tail(string text) => text.Length <= 1500 ? text : "…" + text[^1500..];
}

public sealed class ConcurrentIngestionOnSqliteTests(SingleProcessSqliteIngestion single, ITestOutputHelper output)
    : ConcurrentIngestionTests(single, output), IClassFixture<SingleProcessSqliteIngestion>
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class ConcurrentIngestionOnPostgreSqlTests(SingleProcessSqliteIngestion single, ITestOutputHelper output)
    : ConcurrentIngestionTests(single, output), IClassFixture<SingleProcessSqliteIngestion>, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
