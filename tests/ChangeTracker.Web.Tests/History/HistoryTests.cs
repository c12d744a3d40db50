using System.Net;
using System.Xml.Linq;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.History;

/// <summary>What a reader sees of the history after an edit of the go1.13 notes: the run page, the release page, the API, the feed.</summary>
public sealed class HistoryTests(EditedSiteWebApp app) : IClassFixture<EditedSiteWebApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = app.CreateClient();

    private long SecondRun => app.Second!.RunId;

    [GoSiteFact]
    public async Task The_api_lists_the_changes_of_a_run_and_404s_for_an_unknown_run()
    {
        var changes = await _client.GetItemsAsync($"/api/runs/{SecondRun}/changes");
        Assert.Equal(5, changes.Count);
        var changed = Assert.Single(changes, c => c.Str("change") == "changed");
        Assert.Equal(NotesEdit.ChangedOsId, changed.Str("factId"));
        Assert.Contains(NotesEdit.ChangedText, changed.Str("summary"));
        Assert.DoesNotContain(NotesEdit.ChangedText, changed.Str("previousSummary"));
        Assert.Equal(SecondRun, changed.GetProperty("runId").GetInt64());
        Assert.Equal(3, changes.Count(c => c.Str("change") == "withdrawn"));

        await _client.GetProblemAsync($"/api/runs/{SecondRun + 1000}/changes", HttpStatusCode.NotFound, $"no ingestion run {SecondRun + 1000}");
        var history = await _client.GetItemsAsync("/api/history?version=1.13&limit=5");
        Assert.Equal(changes.Select(c => c.GetProperty("id").GetInt64()).Order(), history.Select(c => c.GetProperty("id").GetInt64()).Order());
        await _client.GetProblemAsync("/api/history?version=1.99", HttpStatusCode.NotFound, "1.99");
        await _client.GetProblemAsync("/api/history?limit=0", HttpStatusCode.BadRequest, "limit");
    }

    [GoSiteFact]
    public async Task The_run_page_shows_what_the_run_changed_and_an_unknown_run_is_a_404_page()
    {
        var html = await _client.GetStringAsync($"/runs/{SecondRun}");
        Assert.Contains("1 added · 1 changed · 3 withdrawn", html);
        Assert.Contains("was: As announced in the Go 1.12 release notes", html);
        Assert.Contains($"href=\"/releases/1.13#fact-{NotesEdit.AddedRemovalId}\"", html);
        Assert.Contains($"href=\"/runs/{SecondRun}\"", await _client.GetStringAsync("/runs"));

        using var missing = await _client.GetAsync($"/runs/{SecondRun + 1000}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no ingestion run", await missing.Content.ReadAsStringAsync());
    }

    [GoSiteFact]
    public async Task A_release_page_shows_what_changed_since_it_was_first_seen()
    {
        var edited = await _client.GetStringAsync("/releases/1.13");
        Assert.Contains("Changed since first seen <span class=\"count\">5</span>", edited);
        Assert.Contains("1 added, 1 changed,\n            3 withdrawn", edited);
        var untouched = await _client.GetStringAsync("/releases/1.12");
        Assert.Contains("Unchanged since the facts of this page were first seen", untouched);
    }

    [GoSiteFact]
    public async Task The_feed_has_one_entry_per_change_dated_when_first_seen_linking_to_our_release_page()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync("/feed.atom")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 10, 100);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.True(updated.Distinct().Count() > 1, "entries are dated when each change was seen, not all at one time");

        var newest = entries.Take(5).ToList();
        Assert.All(newest, e =>
        {
            Assert.StartsWith("http://localhost/releases/1.13#", Link(e, "alternate"));
            Assert.StartsWith("https://go.dev/doc/go1.13#", Link(e, "related"));
            Assert.Contains("https://go.dev/doc/go1.13#", e.Element(Atom + "summary")!.Value);
        });
        Assert.Contains(newest, e => e.Element(Atom + "title")!.Value.Contains("withdrawn — nacl/386", StringComparison.Ordinal));
        Assert.Contains(newest, e => e.Element(Atom + "title")!.Value.Contains("changed — macOS 10.10", StringComparison.Ordinal));
        Assert.Equal(updated[0], DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
    }

    private static string? Link(XElement entry, string rel) =>
        entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;
}
