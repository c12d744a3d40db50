using System.Text;
using System.Xml.Linq;
using ChangeTracker.Web.Feeds;

namespace ChangeTracker.Web.Tests.Feeds;

public sealed class AtomFeedWriterTests
{
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;

    [Fact]
    public void Untrusted_text_is_escaped_and_characters_xml_forbids_are_dropped()
    {
        const string hostile = "</summary><script>alert('x')</script> & \u0002matched\u0003 \u0000end 🐹";
        var info = new AtomFeedInfo("urn:test:feed", "Feed & <title>", "http://127.0.0.1/feed.atom?a=1&b=2", null, new DateTimeOffset(2024, 2, 6, 12, 0, 0, TimeSpan.Zero));
        var entry = new AtomEntry("urn:test:1", hostile, new DateTimeOffset(2024, 2, 6, 13, 30, 0, TimeSpan.FromHours(1)), "https://go.dev/doc/go1.22#x\"y", hostile, "removal");

        var xml = Encoding.UTF8.GetString(AtomFeedWriter.Write(info, [entry]));
        var feed = XDocument.Parse(xml).Root!;

        Assert.DoesNotContain("<script>", xml);
        Assert.Equal("Feed & <title>", feed.Element(Atom + "title")!.Value);
        Assert.Equal("http://127.0.0.1/feed.atom?a=1&b=2", feed.Element(Atom + "link")!.Attribute("href")!.Value);
        var written = Assert.Single(feed.Elements(Atom + "entry"));
        const string expected = "</summary><script>alert('x')</script> & matched end 🐹";
        Assert.Equal(expected, written.Element(Atom + "summary")!.Value);
        Assert.Equal("text", written.Element(Atom + "summary")!.Attribute("type")!.Value);
        Assert.Equal(expected, written.Element(Atom + "title")!.Value);
        Assert.Equal("2024-02-06T12:30:00Z", written.Element(Atom + "updated")!.Value);
        Assert.Equal("https://go.dev/doc/go1.22#x\"y", written.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void An_empty_feed_is_still_a_valid_atom_document()
    {
        var xml = Encoding.UTF8.GetString(AtomFeedWriter.Write(new AtomFeedInfo("urn:test:feed", "t", null, null, DateTimeOffset.UnixEpoch), []));
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("1970-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }
}
