using System.Text;

namespace ChangeTracker.Parsing;

/// <summary>Plain-text normalization shared by all parsers.</summary>
public static class PlainText
{
    /// <summary>
    /// Collapses every run of whitespace to one space, trims, and writes typographic quotes and the
    /// ellipsis as ASCII so that the Markdown (typographer) and the old HTML renderings compare equal.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u2032': sb.Append('\''); break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033': sb.Append('"'); break;
                case '\u2026': sb.Append("..."); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
