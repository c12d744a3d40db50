using System.Globalization;
using System.Text;
using System.Xml;

namespace ChangeTracker.Web.Feeds;

/// <summary>Writes an Atom 1.0 document (RFC 4287) with XmlWriter: text is escaped, characters XML forbids are dropped.</summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(AtomFeedInfo feed, IEnumerable<AtomEntry> entries)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            Text(xml, "id", feed.Id);
            Text(xml, "title", feed.Title);
            Text(xml, "updated", Timestamp(feed.Updated));
            if (feed.SelfLink is { } self) Link(xml, "self", self, "application/atom+xml");
            if (feed.AlternateLink is { } alternate) Link(xml, "alternate", alternate, "text/html");
            xml.WriteStartElement("author", Namespace);
            Text(xml, "name", "ChangeTracker");
            xml.WriteEndElement();
            Text(xml, "generator", "ChangeTracker");
            foreach (var entry in entries) WriteEntry(xml, entry);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, AtomEntry entry)
    {
        xml.WriteStartElement("entry", Namespace);
        Text(xml, "id", entry.Id);
        Text(xml, "title", entry.Title);
        Text(xml, "updated", Timestamp(entry.Updated));
        if (entry.Link is { } link) Link(xml, "alternate", link, "text/html");
        if (entry.RelatedLink is { } related) Link(xml, "related", related, "text/html");
        if (entry.Category is { } category)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", Clean(category));
            xml.WriteEndElement();
        }
        xml.WriteStartElement("summary", Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(entry.Summary));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, Namespace, Clean(value));

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", Clean(href));
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates), keeping everything else.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) sb.Append(c).Append(text[++i]);
        }
        return sb.ToString();
    }
}
