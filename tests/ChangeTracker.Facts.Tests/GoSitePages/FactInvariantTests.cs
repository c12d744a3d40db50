using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Facts.Rules;
using ChangeTracker.Facts.Text;
using ChangeTracker.Testing;
using Xunit;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>What Facts v2 promises over every page of go1 … go1.27: coverage, no repeats, stable ids, one reading per sentence.</summary>
public sealed class FactInvariantTests
{
    [GoSiteFact]
    public void Every_notes_item_with_something_to_say_yields_at_least_one_fact()
    {
        foreach (var version in SitePages.Versions(SitePages.Current))
        {
            var notes = SitePages.Parse(version);
            var facts = SitePages.Extract(version).Facts;
            var cited = facts.Select(f => f.Source).ToHashSet();
            var silent = notes.Sections.SelectMany(s => s.Items.Select(i => (s, i)))
                .Where(x => x.i.Category != NotesCategory.Introduction && !RuleEngine.IsCode(x.i))
                .Where(x => Paragraphs.Of(x.i).Any(p => !FeatureRule.IsBoilerplate(p.Text)))
                .Where(x => !facts.Any(f => f.Evidence.Contains(Sentences.Split(Paragraphs.Of(x.i)[0].Text)[0], StringComparison.Ordinal)))
                .Select(x => $"{version}#{x.i.Anchor}: {x.i.Text[..Math.Min(80, x.i.Text.Length)]}")
                .ToList();
            Assert.True(silent.Count == 0, $"items with no fact: {string.Join(" | ", silent.Take(5))}");
            Assert.NotEmpty(cited);
        }
    }

    [GoSiteFact]
    public void No_two_features_of_a_release_share_a_summary_and_no_two_other_facts_share_kind_version_and_subject()
    {
        var facts = SitePages.LinkedFacts();
        var features = facts.Where(f => f.Kind == FactKind.Feature).GroupBy(f => (f.Version, f.Summary)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(features.Count == 0, $"repeated feature summaries: {string.Join(" | ", features.Take(5))}");
        var others = facts.Where(f => f.Kind != FactKind.Feature).GroupBy(f => (f.Kind, f.Version, f.Subject)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(others.Count == 0, $"repeated facts: {string.Join(" | ", others.Take(5))}");
    }

    [GoSiteFact]
    public void Re_extracting_the_same_pages_gives_the_same_ids_and_ids_are_unique()
    {
        foreach (var version in SitePages.Versions(SitePages.Current))
        {
            var first = FactExtractor.Extract(SitePages.Parse(version), SitePages.PageUrl(version)).Facts.Select(f => f.Id).ToList();
            var second = FactExtractor.Extract(SitePages.Parse(version), SitePages.PageUrl(version)).Facts.Select(f => f.Id).ToList();
            Assert.Equal(first, second);
            Assert.Equal(first.Count, first.Distinct().Count());
            Assert.All(first, id => Assert.StartsWith(version + "-", id));
        }
        var linked = SitePages.LinkedFacts();
        Assert.Equal(linked.Count, linked.Select(f => f.Id).Distinct().Count());
    }

    [GoSiteFact]
    public void A_sentence_that_yields_a_removal_deprecation_or_behaviour_change_is_not_also_a_feature()
    {
        foreach (var version in SitePages.Versions(SitePages.Current))
        {
            var facts = SitePages.Extract(version).Facts;
            var taken = facts.Where(f => f.Kind is FactKind.Removal or FactKind.Deprecation or FactKind.BehaviorChange).Select(f => f.Evidence).ToHashSet();
            Assert.DoesNotContain(facts, f => f.Kind == FactKind.Feature && taken.Contains(f.Summary));
        }
    }

    [GoSiteFact]
    public void The_Windows_call_with_eighteen_arguments_is_its_own_feature_with_its_symbol()
    {
        var feature = Assert.Single(SitePages.Extract(SitePages.V("1.12")).Facts, f => f.Kind == FactKind.Feature && f.Symbols.Contains("syscall.Syscall18"));
        Assert.Equal("syscall", feature.Component);
        Assert.Contains("18 arguments", feature.Summary);
        Assert.False(feature.Breaking);
    }

    [GoSiteFact]
    public void Every_fact_says_whether_it_breaks_by_its_kind()
    {
        var facts = SitePages.LinkedFacts();
        Assert.All(facts.Where(f => f.Kind is FactKind.Removal or FactKind.BehaviorChange or FactKind.OsSupportEnded or FactKind.PortRemoved), f => Assert.True(f.Breaking, f.Id));
        Assert.Contains(facts, f => f.Kind == FactKind.Feature && !f.Breaking);
    }
}
