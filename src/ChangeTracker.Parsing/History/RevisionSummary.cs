using System.Text.RegularExpressions;

namespace ChangeTracker.Parsing;

/// <summary>Reads the security flag and the named components out of a minor revision's summary.</summary>
internal static partial class RevisionSummary
{
    private static readonly string[] LeadingWords = ["and ", "the ", "a ", "an "];

    public static bool MentionsSecurity(string summary) => SecurityFix().IsMatch(summary);

    /// <summary>
    /// The components a summary lists after "fix(es) to": "fixes to cgo, the compiler, the go command, and the
    /// fmt and os packages" gives cgo, compiler, go command, fmt, os. A simple split on commas and "and".
    /// </summary>
    public static IReadOnlyList<string> Components(string summary)
    {
        var result = new List<string>();
        var parts = FixesTo().Split(summary);
        for (var i = 1; i < parts.Length; i++)
        {
            var list = SentenceEnd().Split(parts[i])[0];
            list = TrailingJoiner().Replace(list, "");
            foreach (var raw in ListSeparator().Split(list))
            {
                var name = Clean(raw);
                if (name is not null && !result.Contains(name)) result.Add(name);
            }
        }
        return result;
    }

    private static string? Clean(string raw)
    {
        var s = raw.Trim().Trim('"', '\'', ',', ' ');
        bool again;
        do
        {
            again = false;
            foreach (var w in LeadingWords)
            {
                if (s.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                {
                    s = s[w.Length..].TrimStart();
                    again = true;
                }
            }
        } while (again);
        s = PackageSuffix().Replace(s, "").Trim().Trim('"', '\'');
        if (s.Length == 0 || s.Split(' ').Length > 4) return null;
        return s;
    }

    [GeneratedRegex(@"\bsecurity\s+fix", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityFix();

    [GeneratedRegex(@"\b(?:security\s+|bug\s+)?fix(?:es)?\s+to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FixesTo();

    [GeneratedRegex(@"\.(?:\s|$)|;|\(")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:,?\s*(?:as well as|and|including|several|further|some|a|two|three|many)\s*)+$|,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJoiner();

    [GeneratedRegex(@",\s*|\s+and\s+|\s+as well as\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\s+packages?\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex PackageSuffix();
}
