using ChangeTracker.Application.Ingestion;
using ChangeTracker.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Support;

/// <summary>
/// The web app on real Kestrel at 127.0.0.1 (a free port) over a copy of ../shared/go-site ingested once; tests may
/// edit the copy and ingest again through <see cref="IngestAsync"/>. Clients do not decompress on their own.
/// </summary>
public sealed class KestrelWebApp : ChangeTrackerWebApp, IAsyncLifetime
{
    public KestrelWebApp() => UseKestrel(0);

    public SiteCopy? Site { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }

    public async Task<IngestionReport> IngestAsync(bool force = false)
    {
        var ingestion = Services.GetRequiredService<IngestionUseCase>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var report = await ingestion.RunAsync(new IngestionRequest(Site!.Path, Force: force, Trigger: "test"), null, timeout.Token);
        if (!report.Succeeded) throw new InvalidOperationException($"ingesting the site copy failed: {report.Summary}");
        return report;
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        Site = new SiteCopy();
        StartServer();
        await IngestAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Site?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class KestrelAppCollection : ICollectionFixture<KestrelWebApp>
{
    public const string Name = "web app on kestrel";
}
