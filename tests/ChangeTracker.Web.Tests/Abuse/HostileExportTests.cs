using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;
using ChangeTracker.Testing.Abuse;
using ChangeTracker.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChangeTracker.Web.Tests.Abuse;

/// <summary>
/// The hostile go1.12 notes (<see cref="HostileNotes"/>) ingested with go1.11: every export of the diff (Markdown, CSV,
/// HTML, JSON), the facts CSV and the Atom feed carry nothing a consumer would run.
/// </summary>
public sealed class HostileExportTests(HostileExportTests.HostileWebApp app, ITestOutputHelper output) : IClassFixture<HostileExportTests.HostileWebApp>
{
    [GoSiteFact]
    public async Task The_hostile_paragraphs_became_facts_and_search_hits()
    {
        using var client = app.CreateClient();
        var facts = await client.GetItemsAsync("/api/facts?version=1.12&kind=removal&limit=200");
        var hostile = facts.Where(f => (f.Str("evidence") ?? "").Contains(HostileNotes.SearchWord, StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join("\n", hostile.Select(f => $"{f.Str("id")}: {f.Str("subject")} | {f.Str("summary")}")));
        Assert.True(hostile.Count >= 3, $"only {hostile.Count} hostile removal sentences became facts; the exports below would test little");
        Assert.NotEmpty(await client.GetItemsAsync($"/api/search?q={HostileNotes.SearchWord}"));
    }

    [GoSiteTheory]
    [InlineData("md")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("json")]
    public async Task A_diff_export_carries_nothing_executable(string format)
    {
        using var client = app.CreateClient();
        var url = $"/api/diff?from=1.11&to=1.12&format={format}&download=true";
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Contains(HostileNotes.SearchWord, body);

        var findings = format switch
        {
            "md" => ExecutableMarkup.InMarkdown(body, url),
            "csv" => ExecutableMarkup.InCsv(body, url),
            "html" => ExecutableMarkup.InHtml(body, url),
            _ => [],
        };
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        if (format == "json") System.Text.Json.JsonDocument.Parse(body).Dispose();
    }

    [GoSiteFact]
    public async Task The_atom_feed_carries_nothing_executable()
    {
        using var client = app.CreateClient();
        var atom = await client.GetStringAsync("/feed.atom");
        Assert.Contains(HostileNotes.SearchWord, atom);
        var findings = ExecutableMarkup.InAtom(atom, "/feed.atom");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void The_checks_find_what_they_look_for()
    {
        Assert.NotEmpty(ExecutableMarkup.InHtml("<p><a href=\" jav&#x09;ascript:x\">a</a></p>", "html"));
        Assert.NotEmpty(ExecutableMarkup.InHtml("<p><img src=x onerror=y></p>", "html"));
        Assert.NotEmpty(ExecutableMarkup.InMarkdown("see [x](javascript:alert(1))", "md"));
        Assert.NotEmpty(ExecutableMarkup.InMarkdown("text <script>x</script>", "md"));
        Assert.NotEmpty(ExecutableMarkup.InCsv("a,b\r\n1,\"=HYPERLINK(\"\"x\"\")\"\r\n", "csv"));
        Assert.Empty(ExecutableMarkup.InCsv("a,b\r\n-12,'=x\r\n", "csv"));
        Assert.NotEmpty(ExecutableMarkup.InAtom("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">&lt;script&gt;x&lt;/script&gt;</content></entry></feed>", "atom"));
    }

    /// <summary>The web app after ingesting go1.11 and the hostile go1.12 of a site copy.</summary>
    public sealed class HostileWebApp : ChangeTrackerWebApp, IAsyncLifetime
    {
        private SiteCopy? _site;

        async Task IAsyncLifetime.InitializeAsync()
        {
            if (GoSite.SkipReason is not null) return;
            _site = new SiteCopy();
            HostileNotes.Apply(_site);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            var request = new IngestionRequest(_site.Path, [GoVersion.Parse("1.11"), GoVersion.Parse("1.12")], Trigger: "test");
            var report = await Services.GetRequiredService<IngestionUseCase>().RunAsync(request, null, timeout.Token);
            if (!report.Succeeded) throw new InvalidOperationException($"ingesting the hostile site copy failed: {report.Summary}");
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            _site?.Dispose();
        }
    }
}
