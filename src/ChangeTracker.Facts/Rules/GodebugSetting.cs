using System.Text.RegularExpressions;

namespace ChangeTracker.Facts.Rules;

/// <summary>The GODEBUG setting a sentence (or the rest of its paragraph) names to restore the old behaviour.</summary>
public static partial class GodebugSetting
{
    public static string? In(string sentence, IReadOnlyList<string> following)
    {
        foreach (var text in following.Prepend(sentence).Take(3))
        {
            var m = Setting().Match(text);
            if (m.Success) return m.Groups["name"].Value;
        }
        return null;
    }

    [GeneratedRegex(@"GODEBUG=(?<name>[a-z][a-z0-9]+)=|\b(?<name>[a-z][a-z0-9]+)=[0-9a-z]+\b(?=[^.]*\bGODEBUG\b)|(?<=\bGODEBUG\b[^.]{0,40}?)\b(?<name>[a-z][a-z0-9]+)=[0-9a-z]+\b|\b(?<name>[a-z][a-z0-9]+) GODEBUG (?:setting|option)\b|\bGODEBUG (?:setting|option) (?<name>[a-z][a-z0-9]+)\b")]
    private static partial Regex Setting();
}
