using ChangeTracker.Storage;

namespace ChangeTracker.Testing;

/// <summary>
/// The database a test class runs against: a SQLite file (and Hangfire file) in <paramref name="folder"/>, or a
/// PostgreSQL database of its own on the test server (Hangfire's schema in the same database). Dispose drops it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseProvider provider, string folder, DatabaseTarget target)
    {
        Provider = provider;
        Folder = folder;
        Target = target;
    }

    public DatabaseProvider Provider { get; }
    public string Folder { get; }
    public DatabaseTarget Target { get; }
    public string SqlitePath => Path.Combine(Folder, "changetracker.db");

    public static TestDatabase Create(DatabaseProvider provider, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var target = provider == DatabaseProvider.PostgreSql
            ? DatabaseTarget.PostgreSql(TestPostgres.CreateDatabase(name))
            : DatabaseTarget.Sqlite(Path.Combine(folder, "changetracker.db"));
        return new TestDatabase(provider, folder, target);
    }

    /// <summary>The settings a host reads to use this database (and Hangfire storage beside it).</summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider == DatabaseProvider.PostgreSql
        ? new Dictionary<string, string?>
        {
            ["ChangeTracker:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings:ChangeTracker"] = Target.ConnectionString,
            ["ConnectionStrings:Hangfire"] = Target.ConnectionString,
            ["ChangeTracker:DatabasePath"] = SqlitePath, // where exports go
        }
        : new Dictionary<string, string?>
        {
            ["ChangeTracker:Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ChangeTracker:DatabasePath"] = SqlitePath,
            ["ChangeTracker:HangfireDatabasePath"] = Path.Combine(Folder, "hangfire.db"),
        };

    /// <summary>Settings as a child process reads them from its environment (`Section:Key` → `Section__Key`).</summary>
    public static Dictionary<string, string?> AsEnvironment(IReadOnlyDictionary<string, string?> settings) =>
        settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    public void Dispose()
    {
        if (Provider == DatabaseProvider.PostgreSql) TestPostgres.DropDatabase(Target.ConnectionString);
        else Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
