using Microsoft.Extensions.Logging;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Keeps a run's lease while this process works on it: renews its heartbeat every lease/4 until disposed. When the
/// process dies the renewals stop, and the next start (or the next run of the source) marks the run abandoned.
/// </summary>
public sealed class RunHeartbeat(RunRecorder recorder, TimeProvider clock, ILogger<RunHeartbeat> logger)
{
    /// <summary>Renews the runs <paramref name="runs"/> names at each beat (one run, or all a process keeps alive) until disposed.</summary>
    public IAsyncDisposable Keep(Func<CancellationToken, Task<IReadOnlyList<long>>> runs) => new Beating(this, runs);

    private sealed class Beating : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public Beating(RunHeartbeat owner, Func<CancellationToken, Task<IReadOnlyList<long>>> runs) =>
            _loop = owner.BeatUntilStoppedAsync(runs, _stop.Token);

        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }

    private async Task BeatUntilStoppedAsync(Func<CancellationToken, Task<IReadOnlyList<long>>> runs, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(recorder.Lease / 4, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                await BeatOnceAsync(runs, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task BeatOnceAsync(Func<CancellationToken, Task<IReadOnlyList<long>>> runs, CancellationToken stop)
    {
        try
        {
            foreach (var runId in await runs(stop))
                await recorder.BeatAsync(runId, stop);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("A run's heartbeat could not be renewed ({Error}); the next beat tries again", ex.Message);
        }
    }
}
