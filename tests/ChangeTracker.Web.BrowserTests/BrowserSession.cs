using Microsoft.Playwright;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Playwright driving Debian's Chromium (no browser download), headless.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>
    /// A fresh context on the app: downloads accepted, and every request that leaves 127.0.0.1 aborted
    /// (the network is closed, and a test must never follow a link off the machine).
    /// </summary>
    private const float DefaultTimeout = 120_000;

    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            AcceptDownloads = true,
            ViewportSize = new() { Width = width, Height = height },
        });
        // Generous waits: on a busy 2-core machine a first page render (charts, a large diff) can take more than
        // Playwright's default 30 s; a real failure still fails, only later.
        context.SetDefaultTimeout(DefaultTimeout);
        context.SetDefaultNavigationTimeout(DefaultTimeout);
        await context.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host == baseAddress.Host ? route.ContinueAsync() : route.AbortAsync());
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
