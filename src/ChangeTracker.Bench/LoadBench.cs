namespace ChangeTracker.Bench;

/// <summary>
/// The web app (Release build, a process of its own, over the database the CLI ingested) under 32 connections, against
/// a bare Kestrel app serving the same bytes as the 1.11 → 1.21 JSON diff as a static file, in the same run: req/s,
/// p50, p99, server CPU per request (from /proc) and bytes per response on the wire; then the app's memory after the load.
/// </summary>
public static class LoadBench
{
    public const int Connections = 32;
    private const string Browser = "br, gzip";
    private const string ApiDiff = "/api/diff?from=1.11&to=1.21";

    public static async Task RunAsync(BenchOptions options, string database, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("changetracker-loadbench-").FullName;
        try
        {
            await using var web = await ServerProcess.StartWebAppAsync(database, folder, cancellationToken);
            using var load = new LoadGenerator(web.Address, Connections);
            var first = await load.BurstAsync(ApiDiff, Browser, web.Pid, cancellationToken);
            await output.WriteLineAsync($"first {Connections} requests after start-up, {ApiDiff} at once: p50 {first.P50.TotalMilliseconds:0} ms, p99 {first.P99.TotalMilliseconds:0} ms");
            await BodiesAsync(web.Address, output, cancellationToken);

            var files = Directory.CreateDirectory(Path.Combine(folder, "static")).FullName;
            await File.WriteAllBytesAsync(Path.Combine(files, "diff.json"), await BodyAsync(web.Address, ApiDiff, null, cancellationToken), cancellationToken);
            await using var bare = await ServerProcess.StartStaticAsync(files, cancellationToken);
            using var bareLoad = new LoadGenerator(bare.Address, Connections);

            var duration = TimeSpan.FromSeconds(options.LoadSeconds);
            var baseline = await MedianAsync(options.Runs, () => bareLoad.RunAsync("/diff.json", Browser, duration, bare.Pid, cancellationToken));
            await Row(output, "static file, bare Kestrel (same bytes)", baseline, null);
            var versions = await MedianAsync(options.Runs, () => load.RunAsync("/api/versions", Browser, duration, web.Pid, cancellationToken));
            await Row(output, "GET /api/versions", versions, baseline);
            var api = await MedianAsync(options.Runs, () => load.RunAsync(ApiDiff, Browser, duration, web.Pid, cancellationToken));
            await Row(output, "GET " + ApiDiff, api, baseline);
            var page = await MedianAsync(options.Runs, () => load.RunAsync("/diff?from=1.11&to=1.21", Browser, duration, web.Pid, cancellationToken));
            await Row(output, "GET /diff?from=1.11&to=1.21 (page)", page, baseline);

            var (rss, peak) = ProcStat.Memory(web.Pid);
            await output.WriteLineAsync($"{"web app RSS after the load (VmRSS / VmHWM)",-48} {rss,7:0} MiB / {peak:0} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sizes of the diff bodies: as JSON and Markdown unencoded, and the JSON as a browser receives it.</summary>
    private static async Task BodiesAsync(Uri address, TextWriter output, CancellationToken cancellationToken)
    {
        async Task<string> Kb(string path, string? encoding) => $"{(await BodyAsync(address, path, encoding, cancellationToken)).Length / 1024.0:0.0} KB";
        await output.WriteLineAsync(
            $"body of the 1.11 → 1.21 diff: JSON {await Kb(ApiDiff, null)} ({await Kb(ApiDiff, Browser)} on the wire with {Browser}), " +
            $"Markdown {await Kb(ApiDiff + "&format=md", null)}; 1.1 → 1.27 JSON {await Kb("/api/diff?from=1.1&to=1.27", null)} ({await Kb("/api/diff?from=1.1&to=1.27", Browser)} on the wire)");
        var (raw, brotli) = BodyFloor.Of(await BodyAsync(address, ApiDiff, null, cancellationToken));
        await output.WriteLineAsync(
            $"floor of that body under the JSON contract: its facts' ids, summaries and evidence alone, {raw / 1024.0:0.0} KB, " +
            $"are {brotli / 1024.0:0.0} KB with Brotli at quality 11");
    }

    private static async Task<byte[]> BodyAsync(Uri address, string path, string? encoding, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>One warm-up run, then the median of each figure over <paramref name="runs"/> runs.</summary>
    private static async Task<LoadResult> MedianAsync(int runs, Func<Task<LoadResult>> run)
    {
        await run();
        var results = new List<LoadResult>();
        for (var i = 0; i < runs; i++) results.Add(await run());
        T Median<T>(Func<LoadResult, T> figure) => results.Select(figure).Order().ElementAt(results.Count / 2);
        var rps = Median(r => r.RequestsPerSecond);
        var seconds = TimeSpan.FromSeconds(1);
        return new LoadResult((int)Math.Round(rps), seconds, Median(r => r.P50), Median(r => r.P99),
            (long)(Median(r => r.BytesPerResponse) * Math.Round(rps)), Median(r => r.CpuPerRequest) * Math.Round(rps));
    }

    private static Task Row(TextWriter output, string what, LoadResult result, LoadResult? baseline) =>
        output.WriteLineAsync(
            $"{what,-48} {result.RequestsPerSecond,7:0} req/s{(baseline is null ? "" : $" ({result.RequestsPerSecond / baseline.RequestsPerSecond:0.00}× static)")}, " +
            $"p50 {result.P50.TotalMilliseconds:0.0} ms, p99 {result.P99.TotalMilliseconds:0.0} ms, " +
            $"server CPU {result.CpuPerRequest.TotalMilliseconds:0.00} ms/req{(baseline is null ? "" : $" ({result.CpuPerRequest / baseline.CpuPerRequest:0.00}× static)")}, " +
            $"{result.BytesPerResponse / 1024:0.0} KB/response on the wire");
}
