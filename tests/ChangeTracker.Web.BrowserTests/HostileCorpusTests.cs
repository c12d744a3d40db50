using System.Xml.Linq;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;
using ChangeTracker.Testing.Abuse;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>
/// The hostile corpus of <see cref="HostileNotes"/> (script, handlers, javascript:/data: URLs, SVG, frames, CSS
/// expressions, entity tricks, base href, meta refresh, forms) ingested and shown in Chromium on every page that shows
/// notes or facts, and on every page the Atom feed links to: no payload runs (window marker, title, dialogs), the
/// page never navigates on its own, and no link, source or form in it has a script or data URL.
/// </summary>
public sealed class HostileCorpusTests(HostileCorpusTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<HostileCorpusTests.Fixture>
{
    private static readonly string[] Pages =
    [
        "/releases/1.12", "/diff?from=1.11&to=1.12", "/diff?from=1.12&to=1.11", "/diff?from=1.11&to=1.12&breaking=true",
        $"/search?q={HostileNotes.SearchWord}", "/search?q=onerror", "/platforms", "/runs", "/runs/1", "/", "/sizes",
    ];

    [BrowserFact]
    public async Task No_payload_runs_on_any_page_showing_the_hostile_notes()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.App.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        var feedLinks = await FeedLinksAsync(context);
        output.WriteLine($"feed links visited: {feedLinks.Count}");
        Assert.NotEmpty(feedLinks);

        var visited = 0;
        foreach (var path in Pages.Concat(feedLinks).Distinct())
        {
            var navigations = 0;
            void Count(object? sender, IFrame frame) { if (frame == page.MainFrame) navigations++; }
            page.FrameNavigated += Count;
            var response = await page.GotoAsync(path);
            await page.WaitForTimeoutAsync(300);
            page.FrameNavigated -= Count;
            Assert.True(response is { Status: < 500 }, $"{path}: {response?.Status}");
            Assert.True(navigations == 1, $"{path} navigated {navigations} times (a refresh or script moved it)");
            await AssertUntouchedAsync(page, path);
            visited++;
        }
        output.WriteLine($"{visited} pages checked");
        Assert.True(problems.All.Count == 0, string.Join("\n", problems.All));
    }

    [BrowserFact]
    public async Task The_hostile_text_is_shown_as_text_where_it_is_searched()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.App.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/search?q={HostileNotes.SearchWord}");
        Assert.True(await page.Locator("li.hit").CountAsync() > 0, "the hostile paragraphs are searchable");
        await page.GotoAsync("/releases/1.12");
        Assert.Contains(HostileNotes.SearchWord, await page.Locator("main").InnerTextAsync());
    }

    [BrowserFact]
    public async Task The_check_sees_a_payload_that_ran()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.App.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/releases/1.12");
        await page.EvaluateAsync($"() => {{ window.{HostileNotes.Marker} = 1; document.querySelector('main').insertAdjacentHTML('beforeend', '<a href=\"javascript:void 0\" onclick=\"x\">x</a>'); }}");
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => AssertUntouchedAsync(page, "a page a payload ran on"));
        Assert.Contains("the marker was set", failure.Message);
        Assert.Contains("onclick", failure.Message);
        Assert.Contains("javascript:", failure.Message);
    }

    private static async Task AssertUntouchedAsync(IPage page, string where)
    {
        var state = await page.EvaluateAsync<string[]>($$"""
            () => {
              const bad = [];
              if (typeof window.{{HostileNotes.Marker}} !== 'undefined') bad.push('the marker was set');
              if (document.title.includes('{{HostileNotes.TitleMarker}}')) bad.push('the title was changed: ' + document.title);
              for (const el of document.querySelectorAll('script:not([src^="/"]), iframe, object, embed, base, form[action^="javascript" i], meta[http-equiv="refresh" i]'))
                if (el.closest('main')) bad.push('a <' + el.localName + '> in main');
              for (const el of document.querySelectorAll('main *')) {
                for (const a of el.attributes) {
                  if (a.name.startsWith('on')) bad.push('<' + el.localName + ' ' + a.name + '>');
                  if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(a.name)) {
                    let protocol = '';
                    try { protocol = new URL(a.value, location.href).protocol; } catch { }
                    if (['javascript:', 'data:', 'vbscript:'].includes(protocol)) bad.push('<' + el.localName + ' ' + a.name + '="' + a.value.slice(0, 60) + '">');
                  }
                  if (a.name === 'style' && /expression|javascript:/i.test(a.value)) bad.push('<' + el.localName + ' style="' + a.value.slice(0, 60) + '">');
                }
              }
              return bad;
            }
            """);
        Assert.True(state.Length == 0, $"{where}: {string.Join("; ", state)}");
        Assert.StartsWith("http://127.0.0.1", page.Url);
    }

    /// <summary>The dashboard pages the feed's entries link to (same host), as paths without their fragments.</summary>
    private static async Task<List<string>> FeedLinksAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/feed.atom");
        var atom = XDocument.Parse(await response.TextAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        return atom.Descendants(ns + "entry").SelectMany(e => e.Elements(ns + "link")).Select(l => (string?)l.Attribute("href") ?? "")
            .Select(h => Uri.TryCreate(h, UriKind.Absolute, out var u) ? u : null)
            .Where(u => u is not null && u.Host == "127.0.0.1")
            .Select(u => u!.PathAndQuery).Distinct().ToList();
    }

    /// <summary>The app with go1.11 and the hostile go1.12 of a site copy ingested, and a browser.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private DashboardApp? _app;
        private BrowserSession? _browser;
        private SiteCopy? _site;

        public DashboardApp App => _app ?? throw new InvalidOperationException("the app did not start");

        public BrowserSession Browser => _browser ?? throw new InvalidOperationException("the browser did not start");

        public async Task InitializeAsync()
        {
            if (BrowserEnvironment.SkipReason is not null) return;
            _site = new SiteCopy();
            HostileNotes.Apply(_site);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            var request = new IngestionRequest(_site.Path, [GoVersion.Parse("1.11"), GoVersion.Parse("1.12")], Trigger: "test");
            _app = await DashboardApp.StartAsync(_site.Path, request, timeout.Token);
            _browser = await BrowserSession.LaunchAsync();
        }

        public async Task DisposeAsync()
        {
            if (_browser is not null) await _browser.DisposeAsync();
            if (_app is not null) await _app.DisposeAsync();
            _site?.Dispose();
        }
    }
}
