using ChangeTracker.Storage;

namespace ChangeTracker.Application.Hosting;

/// <summary>
/// The "ChangeTracker" configuration section shared by the CLI, the web app and the jobs. The job system's settings
/// (Hangfire storage, cron) are read from the same section by the Jobs project's own options.
/// </summary>
public sealed class ChangeTrackerOptions
{
    public const string SectionName = "ChangeTracker";

    /// <summary>An http(s) base address (https://go.dev) or a local folder laid out by URL path.</summary>
    public string Source { get; set; } = "https://go.dev";

    /// <summary>The SQLite file (used when the provider is Sqlite).</summary>
    public string DatabasePath { get; set; } = "data/changetracker.db";

    public DatabaseSettings Database { get; set; } = new();

    public IngestionSettings Ingestion { get; set; } = new();
}

/// <summary>ChangeTracker:Ingestion: how runs prove they are alive.</summary>
public sealed class IngestionSettings
{
    /// <summary>
    /// A run renews its heartbeat every Lease/4 while it works; a run not heard from for longer than this is marked
    /// abandoned (its process died) and no longer holds its source.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>ChangeTracker:Database: the engine; a PostgreSQL server is reached through ConnectionStrings:ChangeTracker.</summary>
public sealed class DatabaseSettings
{
    public const string ConnectionStringName = "ChangeTracker";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ConnectionStrings:ChangeTracker, filled in from configuration (required for PostgreSql).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Open the SQLite file read-only even where it could be written (it is also opened so when it cannot be).</summary>
    public bool ReadOnly { get; set; }
}
