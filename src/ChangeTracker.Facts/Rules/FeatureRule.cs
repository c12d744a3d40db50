using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Rules;

/// <summary>One feature fact per item of the language, tools, runtime, compiler, linker and library sections.</summary>
public static partial class FeatureRule
{
    public const string Name = "feature-item";

    private static readonly HashSet<NotesCategory> Categories =
    [
        NotesCategory.Language, NotesCategory.Tools, NotesCategory.Runtime, NotesCategory.Compiler,
        NotesCategory.Linker, NotesCategory.Library, NotesCategory.MinorLibraryChanges,
    ];

    public static Fact? For(GoVersion page, NotesSection section, NotesItem item, string source)
    {
        if (!Categories.Contains(item.Category) || RuleEngine.IsCode(item)) return null;
        var text = Sentences.Normalize(item.Text);
        if (text.Length == 0 || Boilerplate().IsMatch(text)) return null;
        var component = item.Component ?? section.Component;
        return new Fact
        {
            Kind = FactKind.Feature,
            Version = page,
            AnnouncedIn = page,
            Subject = component ?? Sentences.Normalize(section.Title),
            Component = component,
            Category = item.Category.ToName(),
            Summary = Sentences.FirstSentence(text, 200),
            Source = source,
            Evidence = text,
            Rule = Name,
        };
    }

    [GeneratedRegex(@"^(?:There (?:are|is|were) no (?:changes|new|significant)|As always, there are various minor changes|Go \d+\.\d+ makes no changes)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
