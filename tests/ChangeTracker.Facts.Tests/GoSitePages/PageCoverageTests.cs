using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>Every page gives facts; prints the counts per kind and release over go1 … go1.27.</summary>
public sealed class PageCoverageTests(ITestOutputHelper output)
{
    [GoSiteFact]
    public void Every_page_of_both_renderings_yields_items_and_features()
    {
        foreach (var rendering in new[] { SitePages.Current, SitePages.Historic })
        {
            foreach (var version in SitePages.Versions(rendering))
            {
                var extraction = SitePages.Extract(version, rendering);
                Assert.True(extraction.Succeeded, $"{rendering} {version.ToTag()}: {extraction.Error}");
                Assert.Contains(extraction.Facts, f => f.Kind == FactKind.Feature);
                Assert.All(extraction.Facts, f => Assert.StartsWith($"https://go.dev/doc/{version.ToTag()}", f.Source));
            }
        }
    }

    [GoSiteFact]
    public void Counts_per_kind_and_release()
    {
        var facts = SitePages.LinkedFacts();
        var kinds = Enum.GetValues<FactKind>();
        output.WriteLine($"{"release",-8}" + string.Concat(kinds.Select(k => $"{k.ToName(),18}")));
        foreach (var group in facts.GroupBy(f => f.Version).OrderBy(g => g.Key))
            output.WriteLine($"{group.Key,-8}" + string.Concat(kinds.Select(k => $"{group.Count(f => f.Kind == k),18}")));
        output.WriteLine($"{"total",-8}" + string.Concat(kinds.Select(k => $"{facts.Count(f => f.Kind == k),18}")));
        Assert.All(kinds, k => Assert.Contains(facts, f => f.Kind == k));
    }

    [Fact]
    public void Notes_without_items_are_an_error_not_an_empty_success()
    {
        var notes = new ReleaseNotes(GoVersion.Parse("1.40"), "Go 1.40 Release Notes", [new NotesSection(0, "intro", "Introduction", "Introduction", 2, NotesCategory.Introduction, null, [])]);
        var extraction = FactExtractor.Extract(notes, new Uri("https://go.dev/doc/go1.40"));
        Assert.False(extraction.Succeeded);
        Assert.Contains("go1.40", extraction.Error);
        Assert.Empty(extraction.Facts);
    }
}
