namespace ChangeTracker.Parsing;

/// <summary>
/// How much markup a page may hold before it is parsed: a tree builder spends time that grows faster than the page on
/// deep nesting (100,000 nested elements take tens of seconds), so a page past a limit fails at once, naming it.
/// go.dev's pages hold at most ~32,000 elements nested ~11 deep.
/// </summary>
public sealed record MarkupBudget(int MaxElements, int MaxDepth)
{
    /// <summary>The budget a parser uses when its caller names none; the hosts pass theirs from configuration (ChangeTracker:Parsing).</summary>
    public static MarkupBudget Default { get; } = new(200_000, 256);

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };

    /// <summary>Elements a later sibling closes implicitly (`&lt;p&gt;`, `&lt;li&gt;` …): they never deepen the tree on their own.</summary>
    private static readonly HashSet<string> ClosedBySiblings = new(StringComparer.OrdinalIgnoreCase)
        { "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp" };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title" };

    /// <summary>Why <paramref name="html"/> is past this budget, or null. One pass over the text, no tree.</summary>
    public string? Problem(string html)
    {
        int elements = 0, depth = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0) { i = SkipPast(html, "-->", i + 4); continue; }
            if (html[i + 1] is '!' or '?') { i = SkipPast(html, ">", i + 2); continue; }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) { i++; continue; }
            var name = html[start..end];
            var close = TagEnd(html, end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            i = close < 0 ? html.Length : close + 1;
            if (!closing && ++elements > MaxElements)
                return $"page has more than {MaxElements:N0} elements (ChangeTracker:Parsing:MaxElements)";
            if (!closing && RawText.Contains(name)) { i = SkipPastClosingTag(html, name, i); continue; }
            if (selfClosing || Void.Contains(name) || ClosedBySiblings.Contains(name)) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (++depth > MaxDepth)
                return $"page nests elements more than {MaxDepth:N0} deep (ChangeTracker:Parsing:MaxDepth)";
        }
        return null;
    }

    /// <summary>The index of the '&gt;' ending a tag whose name ends at <paramref name="from"/>, skipping quoted attribute values; -1 if none.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return j;
        }
        return -1;
    }

    private static int SkipPast(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static int SkipPastClosingTag(string html, string name, int from)
    {
        var at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at;
    }
}
