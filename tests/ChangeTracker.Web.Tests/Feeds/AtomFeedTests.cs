using System.Net;
using System.Xml.Linq;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Feeds;

[Collection(IngestedAppCollection.Name)]
public sealed class AtomFeedTests(IngestedWebApp app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GoSiteFact]
    public async Task The_feed_is_atom_with_stable_unique_entries_newest_first_linking_to_our_pages()
    {
        using var response = await app.CreateClient().GetAsync("/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);

        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var feedUpdated = DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 10, 100);
        var ids = entries.Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("urn:changetracker:", id));
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(updated.Max(), feedUpdated);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "summary")?.Value));
            Assert.StartsWith("http://localhost/releases/1", e.Element(Atom + "link")?.Attribute("href")?.Value);
        });
        var terms = entries.Select(e => e.Element(Atom + "category")?.Attribute("term")?.Value).ToList();
        Assert.Contains("features", terms);
        Assert.DoesNotContain("feature", terms);
        Assert.Contains(terms, t => t is "removal" or "deprecation" or "os_support_ended" or "port_added" or "port_removed");
    }

    [GoSiteFact]
    public async Task Entry_ids_do_not_change_between_requests()
    {
        var client = app.CreateClient();
        static IEnumerable<string> Ids(string xml) =>
            XDocument.Parse(xml).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value);

        var first = Ids(await client.GetStringAsync("/feed.atom")).ToList();
        var second = Ids(await client.GetStringAsync("/feed.atom")).ToList();
        Assert.Equal(first, second);
    }
}
