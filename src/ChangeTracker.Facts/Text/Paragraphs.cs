using System.Net;
using System.Text.RegularExpressions;
using ChangeTracker.Domain.Notes;

namespace ChangeTracker.Facts.Text;

/// <summary>One change paragraph of an item: a &lt;p&gt; or list entry, with its text and markup.</summary>
public sealed record Paragraph(int Ordinal, string Text, string Html);

/// <summary>
/// Splits an item into its change paragraphs (a package entry with three paragraphs is three; every list entry
/// counts), skipping code blocks. An item without block markup is one paragraph.
/// </summary>
public static partial class Paragraphs
{
    public static IReadOnlyList<Paragraph> Of(NotesItem item)
    {
        var html = CodeBlock().Replace(item.Html, " ");
        var starts = BlockStart().Matches(html).Select(m => m.Index).ToList();
        if (starts.Count <= 1) return Sentences.Normalize(item.Text) is { Length: > 0 } text ? [new Paragraph(0, text, item.Html)] : [];

        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : html.Length;
            var part = html[starts[i]..end];
            var text = TextOf(part);
            if (text.Length > 0) paragraphs.Add(new Paragraph(paragraphs.Count, text, part));
        }
        return paragraphs.Count > 0 ? paragraphs : [new Paragraph(0, Sentences.Normalize(item.Text), item.Html)];
    }

    /// <summary>Plain text of a piece of markup: tags dropped, entities decoded, white space collapsed.</summary>
    public static string TextOf(string html) => Sentences.Normalize(WebUtility.HtmlDecode(Tag().Replace(html, "")));

    // A paragraph, list entry or definition starts a block; a list item holding paragraphs is split at them.
    [GeneratedRegex(@"<(?:p|li|dd|dt)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"<pre\b.*?</pre>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
