using ChangeTracker.Application.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Bench;

/// <summary>
/// Times pages and API calls of the real web app on Kestrel at 127.0.0.1 (loopback round trips, medians),
/// against a baseline measured in the same run: GET /api/versions, the smallest database-backed answer.
/// </summary>
public static class WebBench
{
    public static readonly string[] Paths =
    [
        "/diff?from=1.1&to=1.27",
        "/api/diff?from=1.1&to=1.27",
        "/diff?from=1.12&to=1.13",
        "/",
        "/releases/1.12",
        "/platforms?q=macOS+10.12",
        "/sizes",
        "/search?q=TLS+1.3",
        "/runs",
        "/feed.atom",
    ];

    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("changetracker-webbench-").FullName;
        await using var factory = new Factory(folder, options.Source);
        factory.UseKestrel(0);
        factory.StartServer();
        var report = await factory.Services.GetRequiredService<IngestionUseCase>()
            .RunAsync(new IngestionRequest(options.Source, Trigger: "bench"), null, cancellationToken);
        if (!report.Succeeded) throw new InvalidOperationException($"ingestion failed: {report.Summary}");
        using var client = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress };

        async Task GetAsync(string path) => (await client.GetAsync(path, cancellationToken)).EnsureSuccessStatusCode();
        var baseline = await Measure.MedianAsync(options.Runs, () => GetAsync("/api/versions"));
        await output.WriteLineAsync($"{"baseline C: GET /api/versions (median)",-48} {baseline.TotalMilliseconds,10:0.0} ms");
        foreach (var path in Paths)
        {
            var time = await Measure.MedianAsync(options.Runs, () => GetAsync(path));
            await output.WriteLineAsync($"{"GET " + path + " (median)",-48} {time.TotalMilliseconds,10:0.0} ms   {time / baseline,8:0.0}× baseline");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>src/ChangeTracker.Web, found from the bench binary upwards (the app's content root).</summary>
    private static string WebProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChangeTracker.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "src", "ChangeTracker.Web");
    }

    private sealed class Factory(string folder, string source) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(WebProjectFolder());
            builder.UseSetting("ChangeTracker:Source", source);
            builder.UseSetting("ChangeTracker:DatabasePath", Path.Combine(folder, "changetracker.db"));
            builder.UseSetting("ChangeTracker:HangfireDatabasePath", Path.Combine(folder, "hangfire.db"));
            builder.UseSetting("ChangeTracker:IngestOnStartup", "false");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}
