using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Facts.Rules;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts;

/// <summary>
/// Turns one parsed release-notes page into facts: per change paragraph, the ports, OS levels, requirements, removals,
/// behaviour changes and deprecations the rule tables find in its sentences, and a feature for what no rule took.
/// Works on <see cref="ReleaseNotes"/> alone, so facts can be re-extracted without fetching the page again.
/// </summary>
public static partial class FactExtractor
{
    public static FactExtraction Extract(ReleaseNotes notes, Uri pageUrl)
    {
        var page = notes.Version.Line;
        if (!notes.Items.Any())
            return new FactExtraction(page, pageUrl, [], $"facts: the notes of {notes.Version.ToTag()} ({pageUrl}) have no items to extract from");

        var facts = new List<Fact>();
        foreach (var section in notes.Sections)
        {
            var previousItem = facts.Count;
            for (var i = 0; i < section.Items.Count; i++)
            {
                var item = section.Items[i];
                var source = SourceOf(pageUrl, item.Anchor.Length > 0 ? item.Anchor : section.Anchor);
                var start = facts.Count;
                var goesOnAboutTheOneBefore = AddFactsOf(page, section, item, section.Items.Skip(i + 1), source, facts, i > 0 && item.Anchor == section.Anchor ? previousItem : start);
                // A code example, or a paragraph that goes on about the one before it ("These types must …"), does not part
                // a change from the paragraphs after it that still speak of it ("Because of this change, …").
                if (!RuleEngine.IsCode(item) && !goesOnAboutTheOneBefore) previousItem = start;
            }
        }
        return new FactExtraction(page, pageUrl, FactFinishing.Finish(page, WithoutRepeats(facts)), null);
    }

    /// <summary>
    /// Adds the facts of one item to <paramref name="facts"/>, paragraph by paragraph; a sentence a rule took is not also
    /// a feature. A later paragraph that only tells how to restore the old behaviour, or goes on about the change before
    /// it, belongs to that change, not a second one. The item's first paragraph may refer back to the item before it
    /// (from <paramref name="referable"/> on) when both are paragraphs of one section, not package entries of their own.
    /// Returns whether that first paragraph goes on about the item before it.
    /// </summary>
    private static bool AddFactsOf(Domain.Versions.GoVersion page, NotesSection section, NotesItem item, IEnumerable<NotesItem> later, string source, List<Fact> facts, int referable)
    {
        var itemStart = facts.Count;
        var paragraphs = Paragraphs.Of(item);
        var nextEntries = later.SelectMany(Paragraphs.Of);
        foreach (var paragraph in paragraphs)
        {
            var list = paragraph.Ordinal == paragraphs.Count - 1 ? nextEntries : paragraphs.Skip(paragraph.Ordinal + 1);
            var found = RuleEngine.Apply(page, section, item, paragraph, source, ListAfter(paragraph, list)).ToList();
            foreach (var fact in OneBehaviorChangePerParagraph(RestatedRemovals.Without(found), paragraph.Text))
            {
                var from = paragraph.Ordinal == 0 ? referable : itemStart;
                if (fact.Kind == FactKind.BehaviorChange && fact.Rule == BehaviorRules.GodebugReverts && ReferredTo(facts, from, FactKind.BehaviorChange) is { } earlier)
                    facts[earlier] = Reverted(facts[earlier], fact);
                else if (fact.Kind == FactKind.BehaviorChange && (FollowUp().IsMatch(paragraph.Text) || FollowUp().IsMatch(fact.Summary)) && ReferredTo(facts, from, FactKind.BehaviorChange, FactKind.Removal) is { } followed)
                    facts[followed] = facts[followed].Kind == FactKind.Feature ? Reverted(facts[followed], fact) : Continued(facts[followed], fact);
                else facts.Add(fact);
            }
            var taken = found.Select(f => f.Sentence).ToHashSet();
            if (FeatureRule.For(page, section, item, paragraph, taken, source) is { } feature) facts.Add(feature);
        }
        return paragraphs is [var first, ..] && (FollowUp().IsMatch(first.Text) || NamesTheOneBefore().IsMatch(Sentences.Split(first.Text).FirstOrDefault() ?? ""));
    }

    /// <summary>"…, so any code that triggers this check should be rewritten": a paragraph about the check or change before it.</summary>
    [GeneratedRegex(@"\b(?:this|these) (?:new )?(?:vet )?(?:check|checks|analyzer|change|changes)\b")]
    private static partial Regex NamesTheOneBefore();

    /// <summary>
    /// The fact a later paragraph refers back to: the last fact from <paramref name="from"/> on of one of <paramref
    /// name="kinds"/>, or else the first feature from there on, the paragraph that introduced what the later one names.
    /// A GODEBUG sentence that restores the old behaviour says that paragraph changed behaviour; so does a follow-up such
    /// as "This new check is enabled by default when running go test".
    /// </summary>
    private static int? ReferredTo(List<Fact> facts, int from, params FactKind[] kinds)
    {
        var count = facts.Count - from;
        var change = facts.FindLastIndex(facts.Count - 1, count, f => kinds.Contains(f.Kind));
        if (change >= 0) return change;
        var feature = facts.FindIndex(from, count, f => f.Kind == FactKind.Feature);
        return feature >= 0 ? feature : null;
    }

    private static Fact Reverted(Fact change, Fact revert) => change.Kind == FactKind.BehaviorChange
        ? change with { Godebug = change.Godebug ?? revert.Godebug, Evidence = $"{change.Evidence} {revert.Evidence}" }
        : revert with { Subject = change.Subject, Summary = change.Summary, Symbols = change.Symbols, Evidence = $"{change.Evidence} {revert.Evidence}" };

    /// <summary>
    /// A paragraph (or a sentence) that goes on about the change before it ("Updating: …", "This change means …", "As a
    /// result, …", "For example, …", "These types must …", "This program …", "In Go 1.40, it will …", "When encountering
    /// such …"): its behaviour-change sentences tell the consequences of that change, not a second one.
    /// </summary>
    [GeneratedRegex("^(?:" + Updating + "|" + ThisChange + "|" + Consequence + "|" + Example + "|" + BackReference + ")")]
    private static partial Regex FollowUp();

    // The openings FollowUp reads: the notes' own "Updating:", "this change", a consequence, an example, a back reference.
    private const string Updating = @"Updating:";
    private const string ThisChange = @"(?:This|These|That) (?:new )?(?:change|changes|means|behaviou?r|check|vet check|default)\b|The (?:new )?(?:change|changes|check|vet check)\b";
    private const string Consequence = @"Because of (?:this|these)\b|As a (?:result|consequence)\b|A consequence\b|In (?:this|that|such) case\b|The most important effect\b";
    private const string Example = @"For example\b|(?:This|That|The above) (?:program|example|code)\b";
    private const string BackReference = @"(?:In Go 1\.\d+, )?(?:it|they) (?:will|now|no longer)\b|(?:These|Those) \w+s\b|(?:When|If) (?:encountering |given |parsing )?such\b|To support (?:programs|code) written for older\b";

    /// <summary>The item's behaviour change, with the evidence of the paragraph that goes on about it.</summary>
    private static Fact Continued(Fact change, Fact followUp) => change with
    {
        Godebug = change.Kind == FactKind.BehaviorChange ? change.Godebug ?? followUp.Godebug : change.Godebug,
        Evidence = $"{change.Evidence} {followUp.Evidence}",
        Rule = change.Rule.Contains(followUp.Rule, StringComparison.Ordinal) ? change.Rule : $"{change.Rule}, {followUp.Rule}",
    };

    /// <summary>
    /// "Go 1.40 deletes several packages outright:" followed by a list (in the same item or the next): the short
    /// entries of that list, and what a paragraph right after it adds ("and also the command frobtry.").
    /// </summary>
    private static IReadOnlyList<string> ListAfter(Paragraph paragraph, IEnumerable<Paragraph> after)
    {
        if (!paragraph.Text.EndsWith(':')) return [];
        using var following = after.GetEnumerator();
        var entries = new List<string>();
        while (following.MoveNext())
        {
            var next = following.Current;
            if (next.Html.TrimStart().StartsWith("<li", StringComparison.OrdinalIgnoreCase) && next.Text.Length <= MaxListEntry)
                entries.Add(next.Text.TrimEnd('.', ',', ';'));
            else
            {
                if (entries.Count > 0 && AlsoAfterList().Match(next.Text) is { Success: true } also) entries.Add(also.Groups["entry"].Value);
                break;
            }
        }
        return entries;
    }

    [GeneratedRegex(@"^and (?:also )?(?<entry>[^.;:]{1,60})\.?$")]
    private static partial Regex AlsoAfterList();

    private const int MaxListEntry = 60;

    /// <summary>
    /// A paragraph describes one change: its behaviour-change sentences become one fact (the first sentence's subject and
    /// summary, the whole change paragraph as evidence, the GODEBUG setting any of them names). The sentences stay taken
    /// from the feature.
    /// </summary>
    private static IReadOnlyList<Fact> OneBehaviorChangePerParagraph(List<Fact> found, string paragraph)
    {
        var behavior = found.Where(f => f.Kind == FactKind.BehaviorChange).ToList();
        if (behavior.Count == 0) return found;
        var merged = behavior[0] with
        {
            Evidence = paragraph,
            Godebug = behavior.Select(b => b.Godebug).FirstOrDefault(g => g is not null),
            Rule = string.Join(", ", behavior.Select(b => b.Rule).Distinct()),
        };
        return [.. found.Where(f => f.Kind != FactKind.BehaviorChange), merged];
    }

    public static string SourceOf(Uri pageUrl, string anchor)
    {
        var page = pageUrl.GetLeftPart(UriPartial.Query);
        return anchor.Length > 0 ? $"{page}#{anchor}" : page;
    }

    /// <summary>
    /// One fact per thing a page says twice (a heading and its paragraph, a clause and its restatement); features
    /// with the same summary become one feature that lists every component it came from.
    /// </summary>
    private static IReadOnlyList<Fact> WithoutRepeats(List<Fact> facts)
    {
        var kept = new List<Fact>();
        foreach (var fact in facts)
        {
            var index = fact.Kind == FactKind.Feature
                ? kept.FindIndex(k => k.Kind == FactKind.Feature && k.Summary == fact.Summary)
                : kept.FindIndex(k => FactIdentity.Same(k, fact));
            if (index < 0) kept.Add(fact);
            else kept[index] = fact.Kind == FactKind.Feature ? MergeFeatures(kept[index], fact) : WithBothEvidences(FactLinker.Merge(kept[index], fact), kept[index], fact);
        }
        return kept;
    }

    /// <summary>One fact stated twice on a page keeps the words of both statements ("Deprecation of X: …" and "we encourage new code to …").</summary>
    private static Fact WithBothEvidences(Fact merged, Fact first, Fact second) =>
        first.Evidence.Contains(second.Evidence, StringComparison.Ordinal) ? merged
            : merged with { Evidence = $"{first.Evidence} {second.Evidence}" };

    private static Fact MergeFeatures(Fact first, Fact second)
    {
        var components = first.Subject.Split(", ").Append(second.Component ?? second.Subject).Distinct().ToList();
        return first with
        {
            Subject = string.Join(", ", components),
            Symbols = new Symbols(first.Symbols.Concat(second.Symbols)),
        };
    }
}
