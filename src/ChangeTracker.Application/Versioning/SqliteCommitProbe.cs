using Microsoft.Data.Sqlite;

namespace ChangeTracker.Application.Versioning;

/// <summary>
/// SQLite's <c>PRAGMA data_version</c> on a connection of its own that never writes: its value changes exactly when
/// another connection — of this process or another one, such as a CLI ingestion into the same file — commits to the
/// file. Reading it starts a read transaction and reads the WAL index, no table, so it costs microseconds. The reading
/// carries which opening of the connection it came from, as the counter is the connection's own.
/// </summary>
internal sealed class SqliteCommitProbe(string connectionString) : ChangeProbe
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;
    private int _opening;

    /// <summary>Synchronous under a lock: the reading takes microseconds, less than a wait on an asynchronous gate would cost.</summary>
    public override Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var command = _command ?? Open();
            try
            {
                return Task.FromResult($"{_opening}:{command.ExecuteScalar()}");
            }
            catch (SqliteException)
            {
                Close(); // opened again on the next reading
                throw;
            }
        }
    }

    private SqliteCommand Open()
    {
        _connection = new SqliteConnection(_connectionString);
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = "PRAGMA data_version;";
        _command.Prepare();
        _opening++;
        return _command;
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        _command = null;
        _connection = null;
    }

    public override void Dispose()
    {
        lock (_gate) Close();
    }
}
