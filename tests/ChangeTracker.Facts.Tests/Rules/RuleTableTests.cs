using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Rules;
using Xunit;

namespace ChangeTracker.Facts.Tests.Rules;

/// <summary>Every rule of every table is named once and has at least one sentence of our own that it reads.</summary>
public sealed class RuleTableTests
{
    public static readonly IReadOnlyList<SentenceRule> AllRules =
    [
        .. PortStatusRules.Table, .. PortRules.Table, .. OsSupportRules.Table, .. RequirementRules.Table,
        .. RemovalRules.Table, .. BehaviorRules.Table, BehaviorRules.DatedInIntroduction, .. HeadingRules.Table,
    ];

    public static TheoryData<string> RuleNames() => new(AllRules.Select(r => r.Name));

    [Fact]
    public void Rule_names_are_unique()
    {
        Assert.Equal(AllRules.Count, AllRules.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_reads_its_example_sentences(string name)
    {
        var rule = AllRules.Single(r => r.Name == name);
        Assert.True(RuleExamples.ByRule.TryGetValue(name, out var examples), $"rule {name} has no example sentence in RuleExamples");
        foreach (var example in examples)
        {
            var text = example.Previous is null ? example.Sentence : $"{example.Previous} {example.Sentence}";
            var target = rule.Name.StartsWith("heading-", StringComparison.Ordinal) ? example.Heading : example.Sentence;
            Assert.Matches(rule.Pattern, target);
            var facts = FactExtractor.Extract(Page(example.Heading, example.Category, example.Component, text), new Uri("https://go.dev/doc/go1.40")).Facts;
            Assert.Contains(facts, f => f.Kind != FactKind.Feature && f.Rule.Contains(name, StringComparison.Ordinal));
        }
    }

    private static ReleaseNotes Page(string heading, NotesCategory category, string? component, string text)
    {
        var item = new NotesItem(0, "example", category, component, text, $"<p>{text}</p>");
        return new ReleaseNotes(GoVersion.Parse("1.40"), "Go 1.40 Release Notes",
            [new NotesSection(0, "example", heading, heading, 3, category, component, [item])]);
    }

    /// <summary>
    /// A hostile 200,000-character clause that ends in a change: every rule and every not-a-change check reads it without
    /// hitting its time limit (a rule that scans back or forth from every position would throw here, or take minutes).
    /// </summary>
    [Fact]
    public void A_clause_of_200000_characters_is_read_without_a_rule_timing_out()
    {
        var filler = string.Concat(Enumerable.Repeat("frob words without any end keep going on and on ", 4200));
        var facts = TestNotes.Facts("1.40", "net/frob", NotesCategory.MinorLibraryChanges, filler + "for ever. Frob now rejects empty names.");

        Assert.Equal("Frob now rejects empty names.", Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange).Summary);
        Assert.False(BehaviorRules.NotAChange(filler));
    }
}
