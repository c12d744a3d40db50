namespace ChangeTracker.Application.Queries;

/// <summary>
/// What a person typed, made safe for FTS5: control characters dropped, each word a quoted term, so that no input
/// is a syntax error. <see cref="AllOf"/> asks for every word, <see cref="AnyOf"/> for at least one.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Words)
{
    public const int MaxQueryLength = 200;

    public string AllOf => string.Join(" ", Words.Select(Quote));

    public string AnyOf => string.Join(" OR ", Words.Select(Quote));

    /// <summary>The query without control characters (they are never part of a word, and never echoed back).</summary>
    public static string Clean(string? query) =>
        new((query ?? "").Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)).Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());

    /// <summary>The words of the query, or null when nothing searchable is left.</summary>
    public static SearchTerms? Parse(string? query)
    {
        var text = Clean(query);
        if (text.Length > MaxQueryLength) text = text[..MaxQueryLength];
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(c => char.IsLetterOrDigit(c) || c is '.' or '/' or '_' or '-').ToArray()))
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return words.Count == 0 ? null : new SearchTerms(words);
    }

    private static string Quote(string word) => "\"" + word + "\"";
}
