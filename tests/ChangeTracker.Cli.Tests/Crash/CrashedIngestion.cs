using ChangeTracker.Testing;
using Microsoft.Data.Sqlite;

namespace ChangeTracker.Cli.Tests.Crash;

/// <summary>
/// Runs `changetracker ingest` as a real process over a copy of ../shared/go-site (two releases, so a stored diff is
/// recomputed), optionally with the crash test hook set, and reads the database it leaves.
/// </summary>
public static class CrashedIngestion
{
    public static readonly string[] Releases = ["--release", "1.11", "--release", "1.12"];

    /// <summary>Short, so a killed run's lease has lapsed by the time the test restarts.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private static string Program => Path.Combine(GoSite.RepositoryRoot, "src", "ChangeTracker.Cli", "bin", WebAppProcess.BuildConfiguration, "net10.0", "changetracker");

    public static Task<ChildProcess.Result> IngestAsync(string site, string database, string? crashAt) =>
        ChildProcess.RunAsync(GoSite.RepositoryRoot, Patience, new Dictionary<string, string?>
        {
            ["CHANGETRACKER_TEST_CRASH_AT"] = crashAt,
            ["ChangeTracker__Ingestion__Lease"] = Lease.ToString("c"),
        }, [Program, "ingest", "--source", site, "--db", database, "--quiet", .. Releases]);

    /// <summary>Rows per table, leaving out the run log (it differs by design) and the search index's internal segments.</summary>
    public static async Task<SortedDictionary<string, long>> RowCountsAsync(string database)
    {
        await using var connection = Open(database);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(Compared))
            counts[table] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"");
        return counts;
    }

    /// <summary>Per stored notes page (release with a content hash): its sections, items and facts.</summary>
    public static async Task<SortedDictionary<string, (long Sections, long Items, long Facts)>> StoredVersionsAsync(string database)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r."Version",
                   (SELECT COUNT(*) FROM "Sections" s WHERE s."ReleaseId" = r."Id"),
                   (SELECT COUNT(*) FROM "Items" i WHERE i."ReleaseId" = r."Id"),
                   (SELECT COUNT(*) FROM "Facts" f WHERE f."PageVersion" = r."Version")
            FROM "Releases" r WHERE r."ContentHash" IS NOT NULL
            """;
        var result = new SortedDictionary<string, (long, long, long)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        return result;
    }

    /// <summary>Every run, oldest first: its outcome and error.</summary>
    public static async Task<List<(string Outcome, string? Error)>> RunsAsync(string database)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Outcome\", \"Error\" FROM \"IngestionRuns\" ORDER BY \"Id\"";
        var runs = new List<(string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) runs.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        return runs;
    }

    private static bool Compared(string table) =>
        table is not ("IngestionRuns" or "IngestionPages" or "sqlite_sequence" or "__EFMigrationsLock")
        && !table.StartsWith("ItemsSearch_", StringComparison.Ordinal);

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
