using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Facts.Rules;

namespace ChangeTracker.Facts;

/// <summary>
/// Turns one parsed release-notes page into facts: a feature per item, plus the ports, OS levels, removals and
/// deprecations the rule tables find in its sentences. Works on <see cref="ReleaseNotes"/> alone, so facts can be
/// re-extracted without fetching the page again.
/// </summary>
public static class FactExtractor
{
    public static FactExtraction Extract(ReleaseNotes notes, Uri pageUrl)
    {
        var page = notes.Version.Line;
        if (!notes.Items.Any())
            return new FactExtraction(page, pageUrl, [], $"facts: the notes of {notes.Version.ToTag()} ({pageUrl}) have no items to extract from");

        var facts = new List<Fact>();
        foreach (var section in notes.Sections)
        {
            foreach (var item in section.Items)
            {
                var source = SourceOf(pageUrl, item.Anchor.Length > 0 ? item.Anchor : section.Anchor);
                if (FeatureRule.For(page, section, item, source) is { } feature) facts.Add(feature);
                facts.AddRange(RuleEngine.Apply(page, section, item, source));
            }
        }
        return new FactExtraction(page, pageUrl, WithoutRepeats(facts), null);
    }

    public static string SourceOf(Uri pageUrl, string anchor)
    {
        var page = pageUrl.GetLeftPart(UriPartial.Query);
        return anchor.Length > 0 ? $"{page}#{anchor}" : page;
    }

    /// <summary>One fact per thing a page says twice (a heading and its paragraph, a clause and its restatement).</summary>
    private static IReadOnlyList<Fact> WithoutRepeats(List<Fact> facts)
    {
        var kept = new List<Fact>();
        foreach (var fact in facts)
        {
            var index = fact.Kind == FactKind.Feature ? -1 : kept.FindIndex(k => FactIdentity.Same(k, fact));
            if (index < 0) kept.Add(fact);
            else kept[index] = FactLinker.Merge(kept[index], fact);
        }
        return kept;
    }
}
