namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Serializes writes inside one process (SQLite has one writer at a time; waiting here is cheaper than
/// waiting on the database's busy time-out). Across processes, immediate transactions and unique keys keep data whole.
/// </summary>
public sealed class StoreGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }
}
