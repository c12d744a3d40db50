using Microsoft.Data.Sqlite;

namespace ChangeTracker.Storage;

/// <summary>The engines the data (and Hangfire's queue) can live in: embedded SQLite, or a PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Which engine holds ChangeTracker's data and how to reach it (a SQLite connection string names the file).</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseTarget Sqlite(string databasePath) => new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString());

    public static DatabaseTarget PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    /// <summary>The migrations assembly of the provider, under migrations/.</summary>
    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.PostgreSql => "ChangeTracker.Migrations.PostgreSql",
        _ => "ChangeTracker.Migrations.Sqlite",
    };
}
