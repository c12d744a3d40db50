using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Rules;

/// <summary>Applies the rule tables to the sentences of one item and builds the facts they describe.</summary>
public static partial class RuleEngine
{
    /// <summary>The platform tables: each may fire on every clause.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<SentenceRule>> PlatformTables =
        [PortStatusRules.Table, PortRules.Table, OsSupportRules.Table, RequirementRules.Table];

    /// <summary>
    /// Removals, then announcements of a later change, then behaviour changes, then deprecations: the first that fires on
    /// a clause wins (the safer, breaking reading; a change announced for later is not one of this release).
    /// </summary>
    private static readonly IReadOnlyList<SentenceRule> ChangeRules =
    [
        .. RemovalRules.Table.Where(r => r.Kind == FactKind.Removal),
        .. RemovalRules.Table.Where(r => r.Name == RemovalRules.FutureChange),
        .. BehaviorRules.Table,
        .. RemovalRules.Table.Where(r => r.Kind != FactKind.Removal && r.Name != RemovalRules.FutureChange),
    ];

    /// <summary>
    /// The removal rules alone. The language section reads removals ("that syntax has gone") and changes of behaviour ("is
    /// now a compile-time error", "evaluates left to right"), but not deprecations: its prose explains semantics at length.
    /// </summary>
    private static readonly IReadOnlyList<SentenceRule> RemovalOnly = [.. RemovalRules.Table.Where(r => r.Kind == FactKind.Removal)];

    /// <summary>Announcements read beside the change a clause states ("X now refuses …, since Y is intended to be removed").</summary>
    private static readonly IReadOnlyList<SentenceRule> SideAnnouncements = [.. RemovalRules.Table.Where(r => r.Name == RemovalRules.IntendedToBeRemoved)];

    /// <summary>The language section also previews changes to what code means ("we are considering …: X instead of Y").</summary>
    private static readonly IReadOnlyList<SentenceRule> LanguageRules =
        [.. RemovalOnly, .. RemovalRules.Table.Where(r => r.Name == RemovalRules.LanguageChangeConsidered), .. BehaviorRules.Table];

    /// <summary>
    /// An introduction summarises; only its plain "Go 1.40 deprecates X" (it names what the sections below explain) and a
    /// change it dates ("As of Go 1.40, the frob command by default …", which some releases state nowhere else) are read.
    /// </summary>
    private static readonly IReadOnlyList<SentenceRule> IntroductionRules =
        [.. RemovalRules.Table.Where(r => r.Name == RemovalRules.Deprecates), BehaviorRules.DatedInIntroduction];

    /// <summary>
    /// The longest sentence the rules read. No sentence of the notes is much longer than 1,000 characters; a longer one is
    /// junk or hostile, and reading it clause by clause costs time in proportion to its length squared (each clause that
    /// fires reads the whole sentence again). It stays in its item's feature.
    /// </summary>
    public const int LongestSentenceRead = 5_000;

    /// <summary>
    /// The non-feature facts of one paragraph, each with the index of the sentence it came from. Platform rules run on
    /// every clause; the change rules (removal, behaviour, deprecation) only where no platform rule fired.
    /// </summary>
    public static IEnumerable<(int Sentence, Fact Fact)> Apply(GoVersion page, NotesSection section, NotesItem item, Text.Paragraph paragraph, string source, IReadOnlyList<string>? listed = null)
    {
        if (IsCode(item)) yield break;
        var changeRules = item.Category switch
        {
            NotesCategory.Language => LanguageRules,
            NotesCategory.Introduction => IntroductionRules,
            _ => ChangeRules,
        };
        if (changeRules == ChangeRules && item == section.Items[0] && paragraph.Ordinal == 0)
        {
            var title = Sentences.Normalize(section.Title);
            var heading = new RuleInput(page, section, item, title, title, null, null);
            var lead = Sentences.Split(paragraph.Text).FirstOrDefault();
            foreach (var fact in FirstFiring(HeadingRules.Table, heading, source))
                yield return (-1, lead is null ? fact : fact with { Evidence = $"{title}: {lead}" });
        }

        var sentences = Sentences.Split(paragraph.Text).ToArray();
        var cutByCode = paragraph.Ordinal == 0 && ContinuesAfterCode(section, item);
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            if (sentence.Length > LongestSentenceRead) continue;
            var clauses = ClauseBreak().Split(sentence).Where(c => c.Length > 0).ToList();
            var following = new ArraySegment<string>(sentences, i + 1, sentences.Length - i - 1);
            RuleInput Input(string clause) => new(page, section, item, sentence, clause,
                i > 0 ? sentences[i - 1] : null, following.FirstOrDefault())
            {
                Following = following,
                Listed = i == sentences.Length - 1 && sentence.EndsWith(':') ? listed ?? [] : [],
            };

            var platform = changeRules == IntroductionRules ? []
                : clauses.SelectMany(c => PlatformTables.SelectMany(t => FirstFiring(t, Input(c), source))).ToList();
            var facts = platform.Count > 0 || i == 0 && cutByCode || sentence.StartsWith('(') || changeRules == LanguageRules && AboutTheSpecification().IsMatch(sentence) ? platform
                : clauses.Select(c => RelativeClause().Replace(c, ",")).SelectMany(c => WithDeprecation(ChangesOf(changeRules, Input, c, source), c, page)).ToList();
            foreach (var fact in facts) yield return (i, KeptUnderOldName(fact, following.FirstOrDefault(), page));
        }
    }

    /// <summary>
    /// "A and B have been renamed to C and D. The old names will continue to work, …" (or, in the same sentence, "…, and A
    /// remains as an alias"): the old names stay, so the rename deprecates them rather than removing them.
    /// </summary>
    private static Fact KeptUnderOldName(Fact fact, string? next, GoVersion page) =>
        fact.Kind == FactKind.Removal && fact.Rule.Contains("renamed", StringComparison.Ordinal) && (next is not null && OldNamesKept().IsMatch(next) || OldNamesKept().IsMatch(fact.Evidence))
            ? fact with { Kind = FactKind.Deprecation, Version = page, LastVersion = null, Rule = fact.Rule + " (old names kept)" }
            : fact;

    [GeneratedRegex(@"\b(?:[Tt]he old (?:names?|spellings?|identifiers?)|[Tt]he previous names?) (?:will )?(?:continues?|keeps?|remains?) (?:to )?work|\b[Tt]he old (?:names?|spellings?) (?:is|are) still (?:honou?red|accepted|recognized|supported)\b|\bremains? (?:available )?as an alias\b")]
    private static partial Regex OldNamesKept();

    /// <summary>
    /// The change rules on a clause; when none fires, the removal rules once more with " (which …)" asides dropped
    /// ("The Frob method (which returned a channel) has been replaced with …").
    /// </summary>
    private static IReadOnlyList<Fact> ChangesOf(IReadOnlyList<SentenceRule> rules, Func<string, RuleInput> input, string clause, string source)
    {
        var facts = FirstFiring(rules, input(clause), source);
        if (facts.Count > 0) return facts.Any(f => f.Kind != FactKind.Deprecation) ? [.. facts, .. FirstFiring(SideAnnouncements, input(clause), source)] : facts;
        var plain = ParentheticalAside().Replace(clause, "");
        return plain.Length == clause.Length || rules == IntroductionRules ? facts : FirstFiring(RemovalOnly, input(plain), source);
    }

    private static IReadOnlyList<Fact> FirstFiring(IReadOnlyList<SentenceRule> table, RuleInput input, string source)
    {
        bool? notAChange = null; // asked once per clause, only when a behaviour rule matches (never for text no rule reads)
        for (var r = 0; r < table.Count; r++)
        {
            var rule = table[r];
            var match = MatchOf(rule, input.Clause);
            if (!match.Success) continue;
            if (rule.Kind == FactKind.BehaviorChange && (notAChange ??= BehaviorRules.NotAChange(input.Clause) || BehaviorRules.AboutAnEarlierRelease(input.Clause, input.Page)
                || BehaviorRules.AboutANewApi(input.Sentence) || BehaviorRules.OnlyForABenefit(input.Clause, input.NextSentence)
                || BehaviorRules.GoesOnAboutNoChange(input.Clause, input.PreviousSentence))) continue;
            var facts = Build(rule, match, input, source).ToList();
            if (facts.Count == 0) continue;
            var contradicting = table.Skip(r + 1).Where(o => o.Kind != rule.Kind && MatchOf(o, input.Clause).Success).Select(o => o.Name).Distinct().ToList();
            return contradicting.Count == 0 ? facts
                : facts.Select(f => f with { Rule = $"{f.Rule} (also read as {string.Join(", ", contradicting)}; kept the breaking reading)" }).ToList();
        }
        return [];
    }

    /// <summary>
    /// "X is deprecated and will be removed in Go 1.42" and "X is now ignored and deprecated" say two things: a removal
    /// or behaviour change (the breaking reading wins the clause) and a deprecation, added beside it.
    /// </summary>
    private static IEnumerable<Fact> WithDeprecation(IReadOnlyList<Fact> facts, string clause, GoVersion page)
    {
        foreach (var fact in facts)
        {
            yield return fact;
            if (fact.Kind is FactKind.Removal or FactKind.BehaviorChange && DeprecatedNow().IsMatch(clause))
                yield return fact with
                {
                    Kind = FactKind.Deprecation, Version = page, LastVersion = null, Godebug = null,
                    EffectiveVersion = fact.Version.Line > page.Line ? fact.Version : null,
                    Rule = fact.Rule + " (deprecated now)",
                };
        }
    }

    [GeneratedRegex(@"\b(?=(?:is|are|has been|have been) )(?<!\b(?:[Bb]ecause|[Ss]ince|[Aa]s) (?:it|they|these|this) |\b(?:if|when|whether)\b[^.;]{0,300})(?:is|are|has been|have been) (?:now |also )?(?:\w+ and )?deprecated\b")]
    private static partial Regex DeprecatedNow();

    private static Match MatchOf(SentenceRule rule, string clause)
    {
        try
        {
            return rule.Pattern.Match(clause);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new RegexMatchTimeoutException($"facts: rule {rule.Name} timed out on a clause of {clause.Length} characters", ex);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidOperationException)
        {
            // The regex engine itself failed on this clause: name the rule, so the run's error says where to look.
            throw new InvalidOperationException($"facts: rule {rule.Name} failed on a clause of {clause.Length} characters: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A paragraph that goes on with a sentence a code block cut ("[code] sets the slice to …", "[code] to skip such
    /// fields should now use [code]"): that first sentence explains the example around it, and its subject is in the
    /// code, so no change is read from it (it stays a feature). The sentences after it are read as usual.
    /// </summary>
    private static bool ContinuesAfterCode(NotesSection section, NotesItem item)
    {
        for (var i = 1; i < section.Items.Count; i++)
            if (ReferenceEquals(section.Items[i], item)) return IsCode(section.Items[i - 1]) && SentenceGoingOn().IsMatch(item.Text);
        return false;
    }

    /// <summary>A plain lower-case word to start with (not a package path, an identifier or a command such as go or vet).</summary>
    [GeneratedRegex(@"^(?!(?:go|cgo|gofmt|godoc|vet|gccgo)\b)[a-z]+ ")]
    private static partial Regex SentenceGoingOn();

    public static bool IsCode(NotesItem item) => item.Html.TrimStart().StartsWith("<pre", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// ", all of which were obsolete," and ", which …," asides, dropped before reading a subject; not ", which is a
    /// breaking change,", which is what the clause says, nor ", which previously …," which tells how it was before.
    /// </summary>
    [GeneratedRegex(@",\s+(?:all of |some of |none of )?which (?![^,;]*\b(?:break|previously|formerly|used to))[^,;]+,")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\s+\((?:which|that) [^()]*\)")]
    private static partial Regex ParentheticalAside();

    /// <summary>A language-section sentence about the text of the specification, not about the language.</summary>
    [GeneratedRegex(@"\b(?:language )?specification\b")]
    private static partial Regex AboutTheSpecification();

    /// <summary>
    /// Where one clause ends and the next begins: "; ", ": " before a capital, and ", and " before a removal of its own
    /// ("X is no longer trimmed, and support for Y was dropped" states a change and a removal).
    /// </summary>
    [GeneratedRegex(@";\s+|:\s+(?=[A-Z])|,\s+and\s+(?=[^,;.]*? (?:was|were|has been|have been) (?:dropped|removed|deleted)\b)")]
    private static partial Regex ClauseBreak();
}
