using Npgsql;

namespace ChangeTracker.Storage;

/// <summary>
/// Lets one process at a time prepare the database (migrations, seed data): several workers starting together on one
/// PostgreSQL server wait for each other on a session advisory lock. SQLite needs none (one host prepares its file).
/// </summary>
public static class StartupLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        if (target.Provider != DatabaseProvider.PostgreSql) return NoLock.Instance;
        var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('changetracker:startup'))", connection))
            await command.ExecuteNonQueryAsync(cancellationToken);
        return connection; // closing the session releases the lock
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
