using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// One feature per change paragraph: the summary is the sentence that says what changed (among the sentences no
/// other rule took), the symbols are the exported identifiers the paragraph names.
/// </summary>
public static partial class FeatureRule
{
    public const string Name = "feature-paragraph";

    public static Fact? For(GoVersion page, NotesSection section, NotesItem item, Paragraph paragraph, IReadOnlySet<int> taken, string source)
    {
        if (item.Category == NotesCategory.Introduction || RuleEngine.IsCode(item)) return null;
        var text = paragraph.Text;
        if (text.Length == 0 || Boilerplate().IsMatch(text)) return null;
        var sentences = Sentences.Split(text);
        var free = Enumerable.Range(0, sentences.Count).Where(i => !taken.Contains(i)).ToList();
        if (free.Count == 0) return null;
        var summary = free.Select(i => sentences[i]).FirstOrDefault(s => !Aside().IsMatch(s)) ?? sentences[free[0]];
        var component = item.Component ?? section.Component;
        return new Fact
        {
            Kind = FactKind.Feature,
            Version = page,
            AnnouncedIn = page,
            Subject = component ?? Sentences.Normalize(section.Title),
            Component = component,
            Category = item.Category.ToName(),
            Symbols = new Symbols(SymbolNames.Of(paragraph.Html, component)),
            Summary = Sentences.Truncate(summary, 240),
            Source = source,
            Evidence = text,
            Rule = Name,
        };
    }

    /// <summary>True for a paragraph that says nothing changed ("There are no changes to the language").</summary>
    public static bool IsBoilerplate(string text) => Boilerplate().IsMatch(text);

    [GeneratedRegex(@"^(?:There (?:are|is|were) no (?:changes|new|significant)|As always, there are various minor changes|Go \d+\.\d+ makes no changes)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    /// <summary>Sentences that point elsewhere or give an example rather than say what changed.</summary>
    [GeneratedRegex(@"^(?:See |For (?:example|instance|more|details)|More (?:information|details)|This (?:is|was) (?:similar|described)|Thanks to)", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();
}
