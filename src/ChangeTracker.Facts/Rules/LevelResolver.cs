using System.Text.RegularExpressions;
using ChangeTracker.Facts.Vocabulary;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// Which OS or CPU levels lose support: the ones named after the rule's trigger, or, for a new minimum, the level
/// just below it ("requires macOS 10.11" → macOS 10.10; "requires FreeBSD 11.2" → FreeBSD &lt;11.2).
/// </summary>
public static partial class LevelResolver
{
    public static IReadOnlyList<Level> Levels(SentenceRule rule, Match match, RuleInput input)
    {
        var text = input.Clause[match.Index..];
        var named = Mentions.Levels(text);
        if (!rule.DerivesSubject)
        {
            if (Mentions.OlderThanBounds(text) is { Count: > 0 } older) return Below(older);
            if (named.Count > 0) return named;
            if (Mentions.DetachedMinimums(input.Clause) is { Count: > 0 } bounds) return Below(bounds);
            return Mentions.Levels(input.Section.Title) is { Count: > 0 } titled ? titled : BareVersionsOfPrevious(match, input);
        }
        return Below(named.Count > 0 ? named : Mentions.DetachedMinimums(input.Clause));
    }

    /// <summary>For each OS its first level taken as a new minimum: the level just below it, or "&lt;minimum".</summary>
    private static List<Level> Below(IReadOnlyList<Level> minimums) => minimums
        .GroupBy(l => l.Os)
        .Select(g => g.First())
        .Select(l => Platforms.Predecessor(l.Os, l.Version) is { } below ? l with { Version = below } : l with { Version = "<" + l.Version })
        .ToList();

    /// <summary>"Go 1.40 only supports FreeBSD 14.1 or later. This is likely the last release to support 14.1." → FreeBSD 14.1.</summary>
    private static IReadOnlyList<Level> BareVersionsOfPrevious(Match match, RuleInput input)
    {
        if (input.PreviousSentence is null || Mentions.Levels(input.PreviousSentence).FirstOrDefault(l => !l.IsCpu) is not { } before) return [];
        return BareVersion().Matches(input.Clause[match.Index..]).Select(m => before with { Version = m.Value }).Distinct().ToList();
    }

    [GeneratedRegex(@"(?<![\w.])\d+\.\d+(?![\w.]*\d)")]
    private static partial Regex BareVersion();

    /// <summary>The level of <paramref name="os"/> the rule's sentence names as the new minimum ("POWER8").</summary>
    public static string? Named(Match match, RuleInput input, string os) =>
        Mentions.Levels(input.Clause[match.Index..]).FirstOrDefault(l => l.Os == os)?.Version;

    /// <summary>True for a level made up from a new minimum without a known predecessor ("FreeBSD &lt;11.2").</summary>
    public static bool IsBelowBound(string? osVersion) => osVersion?.StartsWith('<') == true;
}
