namespace ChangeTracker.Application.Hosting;

/// <summary>
/// What the start-up found about the database: whether it can only be read (and why), and the migrations it lacks
/// that a read-only file could not be given. The health checks report it; ingestion refuses to start on it.
/// </summary>
public sealed class DatabaseStatus
{
    public string? ReadOnlyReason { get; internal set; }
    public IReadOnlyList<string> PendingMigrations { get; internal set; } = [];

    /// <summary>One sentence on why the app serves reads only, or null when it is fully working.</summary>
    public string? Degradation => ReadOnlyReason switch
    {
        null => null,
        { } reason when PendingMigrations.Count > 0 =>
            $"{reason}: it is served as it is, without {PendingMigrations.Count} pending migration(s) ({string.Join(", ", PendingMigrations)}), and ingestion is off",
        { } reason => $"{reason}: stored data is served, ingestion is off",
    };
}

/// <summary>Ingestion (or another writing step) asked of a database that can only be read: one line, naming the file.</summary>
public sealed class ReadOnlyDatabaseException(string reason) : Exception($"{reason}: ingestion needs to write");
