using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>A person's path through the dashboard in a real browser, against ../shared/go-site ingested once.</summary>
public sealed class DashboardTests(DashboardFixture fixture, ITestOutputHelper output) : IClassFixture<DashboardFixture>, IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }

    [BrowserFact]
    public async Task Overview_shows_releases_ingestion_numbers_and_size_chart()
    {
        var (page, problems) = await OpenAsync();
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        Assert.Contains("script-src 'none'", (await response.AllHeadersAsync())["content-security-policy"]);
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Latest releases", main);
        Assert.Contains("supported", main);
        Assert.Contains("succeeded", main);
        Assert.Equal(1, await page.Locator("main svg.chart:visible").CountAsync());
        Assert.Contains("download data ends at go1.17", await page.Locator("#data-ends").InnerTextAsync());
        Assert.True(await page.Locator("main a[href^='/releases/']").CountAsync() >= 2);
        await Screenshots.SaveAsync(page, "01-overview", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Pages_fit_a_phone_screen()
    {
        var (page, problems) = await OpenAsync(width: 375, height: 812);
        (string, string)[] pages =
        [
            ("/", "02-overview-phone"), ("/releases/1.12", "02-release-phone"), ("/diff?from=1.12&to=1.13", "02-diff-phone"),
            ("/diff?from=1.11&to=1.21&targets=linux/amd64,macos-12", "02-diff-narrowed-phone"), ("/platforms?q=Windows%207", "02-platforms-phone"),
            ("/sizes", "02-sizes-phone"), ("/search?q=TLS%201.3", "02-search-phone"), ("/runs", "02-runs-phone"),
        ];
        foreach (var (path, name) in pages)
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"{path} is {overflow}px wider than a phone screen");
            var smallest = await page.EvaluateAsync<double>(
                "Math.min(...[...document.querySelectorAll('svg text')].map(t => t.getBoundingClientRect().height).filter(h => h > 0), 99)");
            Assert.True(smallest >= 8, $"{path}: chart text renders {smallest:0.0}px tall on a phone");
            await Screenshots.SaveAsync(page, name, output);
        }
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task The_upgrade_check_fits_a_phone_screen_before_and_after_a_check()
    {
        var (page, problems) = await OpenAsync(width: 375, height: 812);
        await page.GotoAsync("/check");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 1, "/check is wider than a phone screen");
        await Screenshots.SaveAsync(page, "09-check-form-phone", output);

        await page.FillAsync("#gomod", "module example.com/phone\n\ngo 1.21\n\ngodebug tlsrsakex=1\n");
        await page.FillAsync("#files", "-- main.go --\npackage main\n\nimport \"crypto/tls\"\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n-- port_windows_arm.go --\npackage main\n");
        await page.ClickAsync("form.check-form button[type=submit]");
        await page.WaitForSelectorAsync("#check-title");

        Assert.Contains("breaking", await page.Locator("#headline").InnerTextAsync());
        Assert.True(await page.Locator("li.finding.breaking").CountAsync() > 3);
        Assert.Contains("sets GODEBUG tlsrsakex=1", await page.Locator("main").InnerTextAsync());
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the check report is {overflow}px wider than a phone screen");
        await Screenshots.SaveAsync(page, "09-check-report-phone", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Every_page_renders_fast_with_the_security_headers()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        string[] paths = ["/", "/releases/1.12", "/diff?from=1.11&to=1.21", "/diff?from=1.21&to=1.11", "/platforms?q=macOS%2010.12", "/sizes", "/search?q=TLS%201.3", "/runs"];
        foreach (var path in paths) (await client.GetAsync(path)).EnsureSuccessStatusCode(); // warm up
        foreach (var path in paths)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            output.WriteLine($"{path}: {(int)response.StatusCode}, {body.Length / 1024} KiB in {watch.ElapsedMilliseconds} ms");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.True(watch.ElapsedMilliseconds < 1000, $"{path} took {watch.ElapsedMilliseconds} ms");
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'none'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [BrowserFact]
    public async Task Diff_page_compares_picked_versions_and_links_to_the_notes()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/diff");
        await page.SelectOptionAsync("#from", "1.12");
        await page.SelectOptionAsync("#to", "1.13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/diff\?from=1\.12&to=1\.13(&targets=)?$"));

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Go 1.12 → Go 1.13", main);
        Assert.Contains("macOS 10.10", main);
        Assert.Contains("binary-only packages", main, StringComparison.OrdinalIgnoreCase);
        Assert.True(await page.Locator("details.section[open]").CountAsync() >= 8);

        var source = page.Locator("li.fact", new() { HasText = "macOS 10.10" }).Locator("a.source").First;
        var href = await source.GetAttributeAsync("href");
        Assert.Matches(@"^https://go\.dev/doc/go1\.12#\S+$", href);
        Assert.Equal("noopener noreferrer nofollow", await source.GetAttributeAsync("rel"));
        await Screenshots.SaveAsync(page, "03-diff-1.12-1.13", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Diff_page_leads_with_what_can_break_and_keeps_features_collapsed()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/diff?from=1.11&to=1.21");

        var order = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#headline, #what-can-break, #kind-removal, #kind-behavior_change, #kind-deprecation, #coming-next, #kind-feature')].map(e => e.id)");
        Assert.Equal(["headline", "what-can-break", "kind-removal", "kind-behavior_change", "kind-deprecation", "coming-next", "kind-feature"], order);
        Assert.Matches(@"^\d+ breaking · \d+ deprecations · \d+ features", await page.Locator("#headline").InnerTextAsync());
        var groups = page.Locator("#kind-feature details.component");
        Assert.True(await groups.CountAsync() > 20);
        Assert.Equal(0, await page.Locator("#kind-feature details.component[open]").CountAsync());
        Assert.False(await page.Locator("#kind-feature li.fact").First.IsVisibleAsync());
        Assert.Matches(@"\d+", await groups.First.Locator("summary .count").InnerTextAsync());
        Assert.Contains("ends at go1.17.3", await page.Locator("#coverage").InnerTextAsync());
        Assert.Contains("Not compared", await page.Locator("main").InnerTextAsync());
        await Screenshots.SaveAsync(page, "03-diff-1.11-1.21-breaking-first", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Diff_page_narrows_to_the_targets_a_team_ships()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/diff?from=1.11&to=1.21");
        await page.FillAsync("#targets", "linux/amd64, Win7, macOS Sierra");
        await page.CheckAsync("#breaking");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"breaking=true"));

        var lost = await page.Locator("#targets-lost").InnerTextAsync();
        Assert.Contains("Windows 7: Go 1.21 drops it", lost);
        Assert.Contains("macOS 10.12: Go 1.17 drops it", lost);
        Assert.Contains("breaking changes only", await page.Locator("#narrowing").InnerTextAsync());
        Assert.Equal(0, await page.Locator("li.fact:not(.breaking)").CountAsync());
        Assert.Equal(0, await page.Locator("li.fact", new() { HasText = "windows/arm" }).CountAsync());
        var export = await page.Locator(".exports a", new() { HasText = "Markdown" }).GetAttributeAsync("href");
        Assert.Contains("targets=linux%2Famd64%2C%20Win7%2C%20macOS%20Sierra", export);
        Assert.Contains("breaking=true", export);
        await Screenshots.SaveAsync(page, "03-diff-narrowed", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Diff_markdown_export_downloads_the_report()
    {
        var (page, _) = await OpenAsync();
        await page.GotoAsync("/diff?from=1.12&to=1.13");
        var link = page.Locator(".exports a", new() { HasText = "Markdown" });
        Assert.Equal("/api/diff?from=1.12&to=1.13&format=md&download=true", await link.GetAttributeAsync("href"));
        foreach (var format in new[] { "csv", "json", "html" })
            Assert.Equal(1, await page.Locator($".exports a[href='/api/diff?from=1.12&to=1.13&format={format}&download=true']").CountAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var text = (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF');
        output.WriteLine($"downloaded {download.SuggestedFilename}: {text.Length} characters");
        Assert.StartsWith("# Go 1.12 → Go 1.13", text);
        Assert.Contains("macOS 10.10", text);
    }

    [BrowserFact]
    public async Task Diff_with_an_unknown_version_names_the_known_range()
    {
        var (page, _) = await OpenAsync();
        var response = await page.GotoAsync("/diff?from=1.11&to=1.99");
        Assert.Equal(404, response!.Status);
        var alert = await page.Locator("main [role=alert]").InnerTextAsync();
        Assert.Contains("1.99", alert);
        Assert.Contains("Known versions run from", alert);

        response = await page.GotoAsync("/diff?from=banana&to=1.12");
        Assert.Equal(400, response!.Status);
        Assert.Contains("not a Go version", await page.Locator("main [role=alert]").InnerTextAsync());
    }

    [BrowserFact]
    public async Task Release_page_shows_facts_revisions_downloads_and_announcements()
    {
        var (page, problems) = await OpenAsync();
        var response = await page.GotoAsync("/releases/go1.12");
        Assert.Equal(200, response!.Status);
        Assert.Contains("Go 1.12", await page.Locator("h1").InnerTextAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("aix/ppc64", main);
        Assert.Contains("Announced for later", main);
        Assert.Contains("macOS 10.10", main);
        Assert.Contains("security fix", main);
        Assert.Contains("go1.12.linux-amd64.tar.gz", await page.Locator("main").TextContentAsync());
        var sources = await page.Locator("main a.source").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith("https://go.dev/doc/go1.", s));
        await Screenshots.SaveAsync(page, "04-release-1.12", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Release_page_for_unknown_or_malformed_versions_says_so()
    {
        var (page, _) = await OpenAsync();
        var response = await page.GotoAsync("/releases/1.99");
        Assert.Equal(404, response!.Status);
        Assert.Contains("known releases run from", await page.Locator("main").InnerTextAsync());
        response = await page.GotoAsync("/releases/not-a-version");
        Assert.Equal(400, response!.Status);
        Assert.Contains("is not a Go version", await page.Locator("main").InnerTextAsync());
    }

    [BrowserFact]
    public async Task Platforms_page_answers_the_newest_go_for_macos_10_12()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/platforms");
        Assert.True(await page.Locator("table.matrix").CountAsync() == 2);
        await page.FillAsync("#q", "macOS 10.12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/platforms\?q=macOS"));
        var answer = page.Locator("#answer");
        Assert.Contains("Go 1.16", await answer.Locator(".version").InnerTextAsync());
        Assert.Matches(@"^https://go\.dev/doc/go1\.1[67]#\S+$", await answer.Locator("a.source").GetAttributeAsync("href"));
        await Screenshots.SaveAsync(page, "05-platforms-macos-10.12", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Sizes_page_draws_svg_charts_with_tables()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/sizes");
        var charts = await page.Locator("main svg.chart:visible").CountAsync();
        Assert.InRange(charts, 1, 6);
        Assert.Contains("download data ends at go1.17", await page.Locator("figcaption.data-ends").First.InnerTextAsync());
        Assert.Contains("go1.12", await page.Locator("main table.sizes").First.InnerTextAsync());
        await Screenshots.SaveAsync(page, "06-sizes", output);

        await page.SelectOptionAsync("#os", "linux");
        await page.SelectOptionAsync("#arch", "amd64");
        await page.SelectOptionAsync("#kind", "archive");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/sizes\?os=linux&arch=amd64&kind=archive$"));
        Assert.Equal(1, await page.Locator("main svg.chart:visible").CountAsync());
        Assert.Contains("linux/amd64 archive", await page.Locator("main h2").First.InnerTextAsync());
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Search_finds_tls_1_3_in_go_1_12_and_1_13()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/search");
        await page.FillAsync("#search-q", "TLS 1.3");
        await page.PressAsync("#search-q", "Enter");
        await page.ArriveAtAsync(new Regex(@"/search\?q=TLS"));
        Assert.True(await page.Locator("li.hit").CountAsync() > 0);
        var releases = await page.Locator("li.hit a.release").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/releases/1.12", releases);
        Assert.Contains("/releases/1.13", releases);
        Assert.True(await page.Locator("li.hit mark").CountAsync() > 0);
        var notes = await page.Locator("li.hit a.source").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Contains(notes, n => n.StartsWith("https://go.dev/doc/go1.12#", StringComparison.Ordinal));
        await Screenshots.SaveAsync(page, "07-search-tls-1.3", output);

        await page.Locator("li.hit a.release[href='/releases/1.12']").First.ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/releases/1\.12$"));
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Runs_page_lists_the_ingestion_with_page_outcomes()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync("/runs");
        var run = page.Locator("details.run").First;
        Assert.Contains("succeeded", await run.InnerTextAsync());
        Assert.True(await run.Locator("tbody tr").CountAsync() > 20);
        Assert.Contains("doc/go1.12", await run.InnerTextAsync());
        await Screenshots.SaveAsync(page, "08-runs", output);
        Assert.Empty(problems.All);
    }

    private async Task<(IPage Page, PageProblems Problems)> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await fixture.Browser.NewContextAsync(fixture.App.BaseAddress, width, height);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        return (page, new PageProblems(page));
    }
}
