using System.Diagnostics;
using ChangeTracker.Application.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Scraped text is untrusted: injected script, event handlers and javascript: links must never run.</summary>
public sealed class HostileSourceTests(HostileSourceFixture fixture, ITestOutputHelper output) : IClassFixture<HostileSourceFixture>
{
    [BrowserFact]
    public async Task Injected_markup_never_runs_on_any_page()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.App.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        foreach (var path in new[] { "/releases/1.12", "/search?q=pwned", "/diff?from=1.11&to=1.12", "/runs", "/" })
        {
            var watch = Stopwatch.StartNew();
            var response = await page.GotoAsync(path);
            output.WriteLine($"{path}: {(int?)response?.Status} in {watch.ElapsedMilliseconds} ms");
            Assert.Equal(200, response!.Status);
            Assert.Contains("script-src 'none'", (await response.AllHeadersAsync())["content-security-policy"]);
            await AssertNotPwnedAsync(page, path);
            Assert.Equal(0, await page.Locator("main script, main [onerror], main [onload], main iframe, main object").CountAsync());

            var javascriptLinks = page.Locator("a[href^='javascript:' i]");
            for (var i = 0; i < await javascriptLinks.CountAsync(); i++)
            {
                await javascriptLinks.Nth(i).ClickAsync(new() { Force = true, Timeout = 5000 });
                await AssertNotPwnedAsync(page, path + " after clicking a javascript: link");
            }
        }

        await page.GotoAsync("/search?q=pwned");
        Assert.True(await page.Locator("li.hit").CountAsync() > 0, "the long hostile paragraph is searchable");
        await Screenshots.SaveAsync(page, "09-hostile-search", output);
        await page.GotoAsync("/releases/1.12");
        await Screenshots.SaveAsync(page, "10-hostile-release-1.12", output);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Overview_says_why_the_last_run_failed_and_that_it_retries()
    {
        var missing = Path.Combine(Path.GetTempPath(), "changetracker-no-such-site-" + Guid.NewGuid().ToString("N"));
        var ingestion = fixture.App.Services.GetRequiredService<IngestionUseCase>();
        try { await ingestion.RunAsync(new IngestionRequest(missing, Trigger: "test"), null, CancellationToken.None); }
        catch (Exception e) when (e is IOException or InvalidOperationException) { output.WriteLine($"ingestion threw: {e.Message}"); }

        await using var context = await fixture.Browser.NewContextAsync(fixture.App.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var alert = await page.Locator("main .alert.bad").InnerTextAsync();
        Assert.Contains("The last ingestion failed", alert);
        Assert.Contains("retried on the schedule", alert);
        Assert.Contains("0 3 * * *", alert);
        Assert.Contains("First failure", alert);
        await Screenshots.SaveAsync(page, "11-overview-failed-run", output);

        await page.GotoAsync("/runs");
        var failedRun = await page.Locator("details.run").First.InnerTextAsync();
        output.WriteLine(failedRun[..Math.Min(1500, failedRun.Length)]);
        Assert.Contains("failed", failedRun);
        Assert.NotNull(await page.Locator("details.run").First.GetAttributeAsync("open"));
    }

    private static async Task AssertNotPwnedAsync(IPage page, string where)
    {
        await page.WaitForTimeoutAsync(100);
        var pwned = await page.EvaluateAsync<bool>("() => typeof window.__pwned !== 'undefined'");
        Assert.False(pwned, $"injected script ran on {where}");
    }
}
