using ChangeTracker.Domain.Notes;

namespace ChangeTracker.Facts.Rules;

/// <summary>Where a rule is looking: the page, the section and item, the sentence, its clause and neighbours.</summary>
public sealed record RuleInput(
    Domain.Versions.GoVersion Page,
    NotesSection Section,
    NotesItem Item,
    string Sentence,
    string Clause,
    string? PreviousSentence,
    string? NextSentence)
{
    /// <summary>The sentences after this one in the same item (for lists announced by "the following …").</summary>
    public IReadOnlyList<string> Following { get; init; } = [];

    /// <summary>For a sentence that ends the paragraph with a colon: the entries of the list that follows it.</summary>
    public IReadOnlyList<string> Listed { get; init; } = [];
}
