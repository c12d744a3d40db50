using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Rules;

namespace ChangeTracker.Facts;

/// <summary>
/// A paragraph that removes or deprecates something and then, in the sentences after it, says what that means ("… no
/// longer works", "Programs that depend on it will break", "Building one now fails") states one change: the removal.
/// Those sentences stay taken from the feature.
/// </summary>
internal static partial class RestatedRemovals
{
    /// <summary>The facts of one paragraph (with the index of their sentence) without the behaviour changes that restate a removal.</summary>
    public static List<Fact> Without(IReadOnlyList<(int Sentence, Fact Fact)> found)
    {
        var removals = found.Where(f => f.Fact.Kind is FactKind.Removal or FactKind.Deprecation).ToList();
        if (removals.Count == 0) return found.Select(f => f.Fact).ToList();
        var first = found.ToList().FindIndex(f => f.Fact.Kind is FactKind.Removal or FactKind.Deprecation);
        var firstSentence = found[first].Sentence;
        return found.Where((f, at) => !Restates(f, at, firstSentence, first, removals)).Select(f => f.Fact).ToList();
    }

    /// <summary>
    /// A behaviour change after the first removal (in a later sentence, or in a later clause of its sentence: "X has been
    /// removed; programs that use it will break") restates it when its rule says so, or when it names what a removal before
    /// it took away or tells what that removal means. A clause before the removal in its sentence ("X is no longer trimmed,
    /// and support for Y was dropped") and a sentence naming the setting that restores the old behaviour never restate it.
    /// </summary>
    private static bool Restates((int Sentence, Fact Fact) f, int at, int firstSentence, int first, IReadOnlyList<(int Sentence, Fact Fact)> removals)
    {
        if (f.Fact.Kind != FactKind.BehaviorChange || f.Fact.Rule == BehaviorRules.GodebugReverts) return false;
        if (BehaviorRules.RestatesARemoval(f.Fact.Rule)) return f.Sentence > firstSentence || f.Sentence == firstSentence && at > first;
        return removals.Any(r => r.Fact.Kind == FactKind.Removal && r.Sentence < f.Sentence
            && (NamesTheRemoved(r.Fact.Subject, f.Fact.Summary) || ConsequenceOf().IsMatch(f.Fact.Summary)));
    }

    /// <summary>
    /// "Frob archives are no longer supported. Linking a frob archive now fails.": the later sentence names
    /// what was removed (a word of four letters or more of its subject), so it tells what the removal means.
    /// </summary>
    private static bool NamesTheRemoved(string removed, string sentence) =>
        SubjectWord().Matches(removed).Select(m => m.Value).Where(w => !CommonWords.Contains(w))
            .Any(w => Regex.IsMatch(sentence, $@"(?<![\w$./=-]){Regex.Escape(w)}(?![\w$=-])", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));

    /// <summary>"In particular this means …", "As a result …": a sentence that tells what the change before it means.</summary>
    [GeneratedRegex(@"^(?:In particular,? )?(?:[Tt]his|[Tt]hat) means\b|^(?:As a result|Consequently)\b")]
    private static partial Regex ConsequenceOf();

    [GeneratedRegex(@"[\w$./=-]{4,}")]
    private static partial Regex SubjectWord();

    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "with", "from", "have", "been", "will", "longer", "package", "packages", "support", "command", "which",
        "their", "there", "these", "those", "into", "also", "used", "using", "when", "other",
    };
}
