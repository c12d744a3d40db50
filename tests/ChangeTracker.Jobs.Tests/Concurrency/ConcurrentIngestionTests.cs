using ChangeTracker.Jobs.Tests.Support;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ChangeTracker.Jobs.Tests.Concurrency;

/// <summary>
/// Two `changetracker ingest` processes started at once against one SQLite file, while the web app on real Kestrel
/// serves the API and the pages from the same file: both exit 0 (the second either ingests after the first or says
/// which run holds the source), no user ever sees a lock error or a 5xx, no row is duplicated, and the data equals
/// one clean ingestion.
/// </summary>
public sealed class ConcurrentIngestionTests(SingleProcessSqliteIngestion single, ITestOutputHelper output) : IClassFixture<SingleProcessSqliteIngestion>
{
    [GoSiteFact]
    public async Task Two_ingest_processes_and_web_reads_at_once_store_one_clean_ingestion_without_lock_errors()
    {
        await using var web = new JobsApp(GoSite.Require(), DatabaseProvider.Sqlite);
        web.UseKestrel(0);
        web.StartServer();
        var database = web.Database.SqlitePath;
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
        Assert.Empty(await DuplicatesAsync(database));
        var concurrent = await DataDigest.OfAsync(database);
        var clean = await single.DigestAsync();
        foreach (var table in DataDigest.Tables)
            Assert.True(concurrent[table] == clean[table], $"{table}: two concurrent ingestions {concurrent[table]} ≠ one clean ingestion {clean[table]}");
    }

    private static Task<ChildProcess.Result> IngestAsync(string database) =>
        ChildProcess.RunAsync(AppContext.BaseDirectory, TimeSpan.FromMinutes(6),
            "dotnet", Path.Combine(AppContext.BaseDirectory, "changetracker.dll"), "ingest", "--source", GoSite.Require(), "--db", database);

    /// <summary>Rows sharing what identifies them (a release's version, a fact's id, a section of a release, a linked fact).</summary>
    private static async Task<List<string>> DuplicatesAsync(string database)
    {
        string[] keys =
        [
            "SELECT 'Releases ' || Version FROM Releases GROUP BY Version HAVING count(*) > 1",
            "SELECT 'Facts ' || FactId FROM Facts GROUP BY FactId HAVING count(*) > 1",
            "SELECT 'LinkedFacts ' || FactId FROM LinkedFacts GROUP BY FactId HAVING count(*) > 1",
            "SELECT 'Sections ' || ReleaseId || ' ' || HeadingPath FROM Sections GROUP BY ReleaseId, HeadingPath, Ordinal HAVING count(*) > 1",
            "SELECT 'Revisions ' || Version FROM Revisions GROUP BY Version HAVING count(*) > 1",
            "SELECT 'DistributionFiles ' || Filename FROM DistributionFiles GROUP BY Filename HAVING count(*) > 1",
        ];
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
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
