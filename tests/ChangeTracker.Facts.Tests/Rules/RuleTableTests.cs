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
    /// A hostile 200,000-character clause: every rule and every not-a-change check reads it within its time limit (a rule
    /// that scans back or forth from every position, or from every "now" or "requires", would throw here or take minutes).
    /// </summary>
    [Theory]
    [InlineData("frob words without any end keep going on and on ")]
    [InlineData("now the frob keeps going, ")]
    [InlineData("the frob is now required to go ")]
    [InlineData("Go 1.40 requires Linux 5 and frob ")]
    public void Every_rule_reads_a_clause_of_200000_characters_within_its_time_limit(string words)
    {
        var filler = string.Concat(Enumerable.Repeat(words, 200_000 / words.Length));

        foreach (var rule in AllRules) rule.Pattern.Match(filler);
        Assert.False(BehaviorRules.NotAChange(filler));
    }

    /// <summary>
    /// Clauses that once made the compiled regex engine itself throw (an IndexOutOfRangeException from a lazy bounded loop
    /// after a long lazy gap): every rule reads them and answers.
    /// </summary>
    [Theory]
    [InlineData("Frob.Origin to get the original parameterized frobs of instantiated frobs, Frob.Args and Frob.Params to get the arguments or parameters of an instantiated or parameterized frob, and Frob.SetParams to set the parameters (for instance, when importing a named frob where making the frob and setting its parameters cannot happen together because of cycles).")]
    [InlineData("Setting frobmode=old keeps the original zap frob ordering of entries.")]
    public void Every_rule_reads_clauses_that_once_broke_the_regex_engine(string clause)
    {
        foreach (var rule in AllRules)
        {
            var ex = Record.Exception(() => rule.Pattern.Match(clause));
            Assert.True(ex is null, $"{rule.Name}: {ex}");
        }
    }

    /// <summary>
    /// No rule repeats a group of words lazily ("(?:[\w-]+ ){0,2}?"): after a long lazy gap that shape made the compiled
    /// engine throw. A greedy loop, or the words spelled out, reads the same sentences.
    /// </summary>
    [Fact]
    public void No_rule_repeats_a_group_of_words_lazily()
    {
        var lazyWords = new System.Text.RegularExpressions.Regex(@"\+ ?\)\{\d+,\d+\}\?");
        Assert.Empty(AllRules.Where(r => lazyWords.IsMatch(r.Pattern.ToString())).Select(r => r.Name));
    }

    /// <summary>Every rule reads every rule's example sentences (not only its own) and answers without failing.</summary>
    [Fact]
    public void Every_rule_reads_every_example_sentence_without_failing()
    {
        var sentences = RuleExamples.ByRule.Values.SelectMany(e => e).SelectMany(e => new[] { e.Sentence, e.Heading }).Distinct().ToList();
        var failures = AllRules.SelectMany(rule => sentences.Select(s => (rule.Name, Error: Record.Exception(() => rule.Pattern.Match(s)))))
            .Where(r => r.Error is not null).Select(r => $"{r.Name}: {r.Error!.GetType().Name}").Distinct().ToList();
        Assert.True(sentences.Count > 200, $"only {sentences.Count} example sentences");
        Assert.Empty(failures);
    }

    /// <summary>
    /// A sentence far longer than any the notes have (here thousands of clauses that each state a change) is not read by
    /// the rules, which would read the whole sentence again for each clause; the sentences around it still are.
    /// </summary>
    [Fact]
    public void A_sentence_longer_than_any_in_the_notes_is_not_read_but_its_neighbours_are()
    {
        var hostile = string.Concat(Enumerable.Repeat("the frob no longer zaps; ", 200_000 / 25)) + "the end.";
        var facts = TestNotes.Facts("1.40", "net/frob", NotesCategory.MinorLibraryChanges, hostile + " Zap now rejects empty names.");

        Assert.Equal("Zap now rejects empty names.", Assert.Single(facts).Summary);
    }
}
