using ChangeTracker.Testing;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>One app (with ../shared/go-site ingested) and one browser, shared by a test class.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private DashboardApp? _app;
    private BrowserSession? _browser;

    public DashboardApp App => _app ?? throw new InvalidOperationException("the app did not start");

    public BrowserSession Browser => _browser ?? throw new InvalidOperationException("the browser did not start");

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        _app = await DashboardApp.StartAsync(GoSite.Require(), null, timeout.Token);
        _browser = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
    }
}
