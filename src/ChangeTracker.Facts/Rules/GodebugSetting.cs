using System.Text.RegularExpressions;

namespace ChangeTracker.Facts.Rules;

/// <summary>The GODEBUG setting a sentence (or the rest of its paragraph) names to restore the old behaviour.</summary>
public static partial class GodebugSetting
{
    private static readonly Regex[] SurestFirst = [Assigned(), Named()];

    public static string? In(string sentence, IReadOnlyList<string> following)
    {
        var texts = following.Prepend(sentence).Take(3).ToList();
        foreach (var pattern in SurestFirst)
        {
            foreach (var text in texts)
            {
                var m = pattern.Match(text);
                if (m.Success) return m.Groups["name"].Value;
            }
        }
        return null;
    }

    /// <summary>A setting with its value, the surest naming: "GODEBUG=frob=1", "frob=0 in GODEBUG", "the GODEBUG setting frob=0".</summary>
    [GeneratedRegex(@"GODEBUG=(?<name>[a-z][A-Za-z0-9]+)\b|\b(?<name>[a-z][A-Za-z0-9]+)=[0-9a-z]+\b(?=[^.]*\bGODEBUG\b)|(?<=\bGODEBUG\b[^.]{0,40}?)\b(?<name>[a-z][A-Za-z0-9]+)=[0-9a-z]+\b")]
    private static partial Regex Assigned();

    /// <summary>A setting named without a value: "the frob GODEBUG setting", "a GODEBUG field named frob", "controlled by the frob setting".</summary>
    [GeneratedRegex(@"\b(?<name>(?!(?:with|the|a|an|new|by|using|via|and|or|this|that|of|to|use)\b)[a-z][A-Za-z0-9]+) GODEBUG (?:setting|option)\b|\bGODEBUG (?:setting|option|field)(?: named)? (?<name>[a-z][A-Za-z0-9]+)\b|\bcontrolled by the (?<name>[a-z][A-Za-z0-9]+) setting\b")]
    private static partial Regex Named();
}
