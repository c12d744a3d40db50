using Npgsql;

namespace ChangeTracker.Storage;

/// <summary>
/// A named lock across processes on PostgreSQL: a session advisory lock held by a connection of its own until disposed —
/// or until the process dies, when the server ends the session and frees it. SQLite needs none (returns null): one
/// host owns its file, and Hangfire's SQLite storage has its own locks.
/// </summary>
public static class SessionLock
{
    public const string Startup = "changetracker:startup";

    /// <summary>Waits for the lock (at most <paramref name="timeout"/>, then throws); null on SQLite.</summary>
    public static async Task<IAsyncDisposable?> AcquireAsync(DatabaseTarget target, string name, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (target.Provider != DatabaseProvider.PostgreSql) return null;
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            var wait = (long)(timeout ?? TimeSpan.Zero).TotalMilliseconds;
            await using var command = new NpgsqlCommand($"SET lock_timeout = {wait}; SELECT pg_advisory_lock(hashtext(@name));", connection);
            command.Parameters.AddWithValue("name", name);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection; // closing the session releases the lock
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
