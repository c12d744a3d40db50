using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using Hangfire;

namespace ChangeTracker.Jobs;

/// <summary>
/// Keeps one version's ingestion step to one worker at a time, across processes. On PostgreSQL a session advisory lock
/// (freed by the server when a killed worker's connection drops, so its re-run job goes on at once); on SQLite a
/// distributed lock in Hangfire's storage.
/// </summary>
public sealed class VersionLock(JobStorage storage, DatabaseTarget target)
{
    /// <summary>How long a step waits for another step of the same version to finish before it fails (and is retried).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string NameOf(GoVersion version) => "changetracker:ingest-version:" + version.Line;

    public async Task<IAsyncDisposable> AcquireAsync(GoVersion version, CancellationToken cancellationToken)
    {
        if (await SessionLock.AcquireAsync(target, NameOf(version), Timeout, cancellationToken) is { } session) return session;
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock(NameOf(version), Timeout));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IDisposable connection, IDisposable distributedLock) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            distributedLock.Dispose();
            connection.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
