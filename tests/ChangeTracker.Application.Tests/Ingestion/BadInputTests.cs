using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Ingestion;

public sealed class BadInputTests
{
    [GoSiteFact]
    public async Task Broken_pages_fail_with_their_reason_and_keep_what_was_stored()
    {
        using var site = new SiteCopy();
        await using var app = await TestApp.StartAsync();
        var useCase = app.Get<IngestionUseCase>();
        var first = await useCase.RunAsync(new IngestionRequest(site.Path), null, CancellationToken.None);
        Assert.True(first.Succeeded, first.Summary);
        var before = await ItemDigestsAsync(app);

        site.Truncate("doc/go1.12.html");
        site.Write("doc/go1.13.html", "");
        site.Write("doc/go1.14.html", "<!DOCTYPE html><html><head><title>x</title></head><body><p>moved</p></body></html>");
        site.Write("doc/go1.15.html", "{\"not\": \"html\"}");
        File.Delete(site.File("doc/go1.16.html"));

        var second = await useCase.RunAsync(new IngestionRequest(site.Path), null, CancellationToken.None);

        Assert.False(second.Succeeded);
        var failed = second.Pages.Where(p => p.Outcome == PageOutcome.Failed).ToDictionary(p => p.Page, p => p.Message ?? "");
        Assert.Equal(["/doc/go1.12", "/doc/go1.13", "/doc/go1.14", "/doc/go1.15", "/doc/go1.16"], failed.Keys.Order());
        Assert.All(failed, f => Assert.Contains(f.Key, f.Value));
        Assert.Contains("truncated", failed["/doc/go1.12"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("empty", failed["/doc/go1.13"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("article", failed["/doc/go1.14"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(25, second.Count(PageOutcome.Unchanged));
        Assert.Equal(before, await ItemDigestsAsync(app));

        await using var db = await app.DbAsync();
        var run = await db.IngestionRuns.Include(r => r.Pages).OrderBy(r => r.Id).LastAsync();
        Assert.Equal("failed", run.Outcome);
        Assert.Contains("5 failed", run.Error);
        Assert.Equal(5, run.Pages.Count(p => p.Outcome == "failed" && p.Message != null));
    }

    [GoSiteFact]
    public async Task The_configured_markup_budget_reaches_the_ingestors()
    {
        using var site = new SiteCopy();
        var nested = string.Concat(Enumerable.Repeat("<div>", 40)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 40));
        site.Write("doc/go1.14.html", $"<!DOCTYPE html><html><body><main id=\"main-content\"><article>{nested}</article></main></body></html>");
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["ChangeTracker:Parsing:MaxDepth"] = "32" });

        var report = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(site.Path), null, CancellationToken.None);

        var failed = Assert.Single(report.Pages, p => p.Outcome == PageOutcome.Failed);
        Assert.Equal("/doc/go1.14", failed.Page);
        Assert.Contains("more than 32 deep (ChangeTracker:Parsing:MaxDepth)", failed.Message);
    }

    [GoSiteFact]
    public async Task A_feed_with_missing_fields_fails_and_the_html_downloads_page_is_used_instead()
    {
        using var site = new SiteCopy();
        site.Write("dl/index.json", "[{\"version\": \"go1.99\", \"stable\": true, \"files\": [{\"os\": \"linux\"}]}]");
        await using var app = await TestApp.StartAsync();
        var report = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(site.Path), null, CancellationToken.None);

        var json = report.Pages.Single(p => p.Page == "/dl/?mode=json&include=all");
        Assert.Equal(PageOutcome.Failed, json.Outcome);
        Assert.Contains("/dl/?mode=json&include=all", json.Message);
        Assert.Equal(PageOutcome.Ingested, report.Pages.Single(p => p.Page == "/dl/").Outcome);
        await using var db = await app.DbAsync();
        Assert.Equal(2971, await db.DistributionFiles.CountAsync());
        Assert.True((await db.DistributionFiles.SingleAsync(f => f.Filename == "go1.12.linux-amd64.tar.gz")).SizeIsApproximate);
    }

    [Fact]
    public async Task A_missing_folder_fails_the_run_with_a_clear_message()
    {
        await using var app = await TestApp.StartAsync();
        var missing = Path.Combine(app.Folder, "no-such-site");
        var report = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(missing), null, CancellationToken.None);
        Assert.False(report.Succeeded);
        Assert.Contains(report.Pages, p => p.Outcome == PageOutcome.Failed && p.Message!.Contains("does not exist"));
        Assert.Contains("no versions", report.Error);
    }

    [GoSiteFact]
    public async Task An_unknown_version_is_a_failed_page_that_names_it()
    {
        await using var app = await TestApp.StartAsync();
        var request = new IngestionRequest(GoSite.Require(), [GoVersion.Parse("1.99"), GoVersion.Parse("1.12")], IncludeDownloads: false);
        var report = await app.Get<IngestionUseCase>().RunAsync(request, null, CancellationToken.None);
        var unknown = Assert.Single(report.Pages, p => p.Outcome == PageOutcome.Failed);
        Assert.Contains("1.99", unknown.Message);
        Assert.Contains(report.Pages, p => p.Page == "/doc/go1.12" && p.Outcome == PageOutcome.Ingested);
    }

    private static async Task<Dictionary<string, string>> ItemDigestsAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        var items = await db.Items.AsNoTracking().Join(db.Releases, i => i.ReleaseId, r => r.Id, (i, r) => new { r.Version, i.Ordinal, i.Text })
            .ToListAsync();
        return items.GroupBy(i => i.Version).ToDictionary(g => g.Key,
            g => string.Join("\n", g.OrderBy(i => i.Ordinal).Select(i => i.Text)).GetHashCode().ToString());
    }
}
