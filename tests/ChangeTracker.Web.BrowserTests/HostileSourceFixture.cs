using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>A separate app with the hostile copy of go1.11 and go1.12 ingested, and a browser.</summary>
public sealed class HostileSourceFixture : IAsyncLifetime
{
    private DashboardApp? _app;
    private BrowserSession? _browser;
    private string? _site;

    public DashboardApp App => _app ?? throw new InvalidOperationException("the app did not start");

    public BrowserSession Browser => _browser ?? throw new InvalidOperationException("the browser did not start");

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null) return;
        _site = HostileSource.Create();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var request = new IngestionRequest(_site, [GoVersion.Parse("1.11"), GoVersion.Parse("1.12")], Trigger: "test");
        _app = await DashboardApp.StartAsync(_site, request, timeout.Token);
        _browser = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
        if (_site is not null)
        {
            try { Directory.Delete(_site, recursive: true); }
            catch (IOException) { }
        }
    }
}
