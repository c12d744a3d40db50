using ChangeTracker.Application.Ingestion;
using Microsoft.Extensions.Hosting;

namespace ChangeTracker.Jobs;

/// <summary>
/// In a process that runs jobs: keeps the lease of every run whose steps wait in the queue, so a run is not taken as
/// abandoned while its steps wait for a worker. When every such process dies, the lease lapses.
/// </summary>
public sealed class QueuedRunsHeartbeat(RunHeartbeat heartbeat, RunRecorder recorder) : IHostedService
{
    private IAsyncDisposable? _alive;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _alive = heartbeat.Keep(recorder.QueuedRunsAsync);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped twice (a test server stops it, then disposes it): the second stop has nothing to do.
        if (Interlocked.Exchange(ref _alive, null) is { } alive) await alive.DisposeAsync();
    }
}
