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
    /// <summary>Why the database can only be read (one phrase naming the file), or null when it can be written.</summary>
    public string? ReadOnlyReason { get; init; }

    public bool IsReadOnly => ReadOnlyReason is not null;

    /// <summary>
    /// The SQLite file at <paramref name="databasePath"/>; opened read-only when <paramref name="readOnly"/> or when the
    /// file or its folder cannot be written (then as immutable when SQLite could not create its -shm file either).
    /// </summary>
    public static DatabaseTarget Sqlite(string databasePath, bool readOnly = false)
    {
        var fullPath = Path.GetFullPath(databasePath);
        var reason = SqliteAccess.ReadOnlyReason(fullPath, readOnly);
        var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, DefaultTimeout = 30, Pooling = true };
        if (reason is not null)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
            if (SqliteAccess.NeedsImmutable(fullPath)) builder.DataSource = new Uri(fullPath).AbsoluteUri + "?immutable=1";
        }
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ToString()) { ReadOnlyReason = reason };
    }

    public static DatabaseTarget PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    /// <summary>The migrations assembly of the provider, under migrations/.</summary>
    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.PostgreSql => "ChangeTracker.Migrations.PostgreSql",
        _ => "ChangeTracker.Migrations.Sqlite",
    };
}
