using System.Text.RegularExpressions;

namespace ChangeTracker.Facts.Text;

/// <summary>Plain-text helpers: one spelling for quotes and spaces, and a sentence splitter for notes prose.</summary>
public static partial class Sentences
{
    /// <summary>Typographic quotes to ASCII, all runs of white space to one space (both renderings then read alike).</summary>
    public static string Normalize(string text)
    {
        var t = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u00A0', ' ').Replace('\u2026', '.').Replace("\u2013", "-").Replace("\u2014", "-");
        return Whitespace().Replace(t, " ").Trim();
    }

    /// <summary>Splits normalized text at sentence ends, keeping "e.g.", "i.e.", "etc." and version numbers whole.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var t = Normalize(text);
        var result = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(t))
        {
            var candidate = t[start..m.Index].Trim();
            if (EndsWithAbbreviation().IsMatch(candidate)) continue;
            if (candidate.Length > 0) result.Add(candidate);
            start = m.Index + m.Length;
        }
        var rest = t[start..].Trim();
        if (rest.Length > 0) result.Add(rest);
        return result;
    }

    /// <summary>The first sentence, cut at a word boundary to at most <paramref name="max"/> characters.</summary>
    public static string FirstSentence(string text, int max = 240)
    {
        var first = Split(text).FirstOrDefault() ?? "";
        return Truncate(first, max);
    }

    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A sentence ends at . ! ? (optionally followed by a closing quote or parenthesis) before a space.
    [GeneratedRegex(@"(?<=[.!?][""')]?)\s+(?=[\p{Lu}\p{Ll}\d""'(\-$/])")]
    private static partial Regex Boundary();

    // …and a Go package pattern such as "./..." or "std/..." ends no sentence.
    [GeneratedRegex(@"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|Mr|Dr|No)\.\)?|\b[A-Za-z]\.|(?:^|[\s(""'])\S*/\.\.\.)$")]
    private static partial Regex EndsWithAbbreviation();
}
