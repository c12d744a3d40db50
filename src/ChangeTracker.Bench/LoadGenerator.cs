using System.Diagnostics;

namespace ChangeTracker.Bench;

/// <summary>What one load run measured: requests answered, over how long, their latencies, the bytes on the wire and the server's CPU.</summary>
public sealed record LoadResult(int Requests, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99, long BodyBytes, TimeSpan ServerCpu)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
    public double BytesPerResponse => Requests == 0 ? 0 : (double)BodyBytes / Requests;
    public TimeSpan CpuPerRequest => Requests == 0 ? TimeSpan.Zero : ServerCpu / Requests;
}

/// <summary>
/// A small closed-loop load generator: N connections, each sending the next GET as soon as the last answer is read
/// whole, for a fixed time; bodies are counted as they come (compressed if the server compressed them), not decoded.
/// </summary>
public sealed class LoadGenerator(Uri baseAddress, int connections) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(1) };

    public async Task<LoadResult> RunAsync(string path, string? acceptEncoding, TimeSpan duration, int serverPid, CancellationToken cancellationToken)
    {
        var cpuBefore = ProcStat.CpuTime(serverPid);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => WorkerAsync(path, acceptEncoding, watch, duration, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = watch.Elapsed;
        var cpu = ProcStat.CpuTime(serverPid) - cpuBefore;
        var latencies = results.SelectMany(r => r.Latencies).Order().ToList();
        return new LoadResult(latencies.Count, elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), results.Sum(r => r.Bytes), cpu);
    }

    /// <summary>One burst of one request per connection, all at once (the first requests after start-up).</summary>
    public async Task<LoadResult> BurstAsync(string path, string? acceptEncoding, int serverPid, CancellationToken cancellationToken)
    {
        var cpuBefore = ProcStat.CpuTime(serverPid);
        var watch = Stopwatch.StartNew();
        var sends = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => SendAsync(path, acceptEncoding, cancellationToken)));
        var latencies = sends.Select(s => s.Latency).Order().ToList();
        return new LoadResult(latencies.Count, watch.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), sends.Sum(s => s.Bytes), ProcStat.CpuTime(serverPid) - cpuBefore);
    }

    private async Task<(List<TimeSpan> Latencies, long Bytes)> WorkerAsync(string path, string? acceptEncoding, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>();
        long bytes = 0;
        while (clock.Elapsed < duration)
        {
            var (latency, body) = await SendAsync(path, acceptEncoding, cancellationToken);
            latencies.Add(latency);
            bytes += body;
        }
        return (latencies, bytes);
    }

    private async Task<(TimeSpan Latency, long Bytes)> SendAsync(string path, string? acceptEncoding, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0) total += read;
        return (Stopwatch.GetElapsedTime(start), total);
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public void Dispose() => _client.Dispose();
}
