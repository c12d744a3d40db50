using ChangeTracker.Application.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>
/// The real web app (Program) on Kestrel at 127.0.0.1 on a free port, with its own temporary databases,
/// no start-up ingestion, and one ingestion of the given go.dev copy done before the tests start.
/// </summary>
public sealed class DashboardApp : IAsyncDisposable
{
    private readonly Factory _factory;

    private DashboardApp(Factory factory, string dataFolder)
    {
        _factory = factory;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    /// <summary>http://127.0.0.1:port/ (with the trailing slash).</summary>
    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public IServiceProvider Services => _factory.Services;

    public static async Task<DashboardApp> StartAsync(string source, IngestionRequest? request, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("changetracker-browser-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["ChangeTracker:Source"] = source,
            ["ChangeTracker:DatabasePath"] = Path.Combine(data, "changetracker.db"),
            ["ChangeTracker:HangfireDatabasePath"] = Path.Combine(data, "hangfire.db"),
            ["ChangeTracker:IngestOnStartup"] = "false",
        };
        var factory = new Factory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        var app = new DashboardApp(factory, data);
        var ingestion = factory.Services.GetRequiredService<IngestionUseCase>();
        var report = await ingestion.RunAsync(request ?? new IngestionRequest(source, Trigger: "test"), null, cancellationToken);
        if (!report.Succeeded) throw new InvalidOperationException($"ingesting {source} failed: {report.Summary}");
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* SQLite may still hold the file for a moment; the temp folder is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}
