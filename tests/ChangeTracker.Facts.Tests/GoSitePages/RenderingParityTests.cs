using ChangeTracker.Domain.Facts;
using ChangeTracker.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>The current and the historic rendering of go1.1 … go1.21 give the same facts.</summary>
public sealed class RenderingParityTests(ITestOutputHelper output)
{
    [GoSiteFact]
    public void Both_renderings_give_the_same_kinds_versions_and_subjects()
    {
        var versions = Enumerable.Range(1, 21).Select(ChangeTracker.Facts.Rules.Releases.Line).ToList();
        var current = Keys(versions.SelectMany(v => SitePages.Extract(v, SitePages.Current).Facts));
        var historic = Keys(versions.SelectMany(v => SitePages.Extract(v, SitePages.Historic).Facts));

        var shared = current.Intersect(historic).Count();
        var parity = (double)shared / Math.Max(current.Count, historic.Count);
        foreach (var key in current.Except(historic).Take(40)) output.WriteLine($"only current:  {key}");
        foreach (var key in historic.Except(current).Take(40)) output.WriteLine($"only historic: {key}");
        output.WriteLine($"parity {parity:P1}: {shared} shared of {current.Count} current and {historic.Count} historic facts");

        var platform = Keys(versions.SelectMany(v => SitePages.Extract(v, SitePages.Current).Facts).Where(IsPlatform));
        var platformHistoric = Keys(versions.SelectMany(v => SitePages.Extract(v, SitePages.Historic).Facts).Where(IsPlatform));
        Assert.Equal(platform.Order(), platformHistoric.Order());
        Assert.True(parity >= 0.95, $"parity {parity:P1}");
    }

    private static bool IsPlatform(Fact f) => f.Kind is FactKind.PortAdded or FactKind.PortRemoved or FactKind.OsSupportEnded;

    /// <summary>(kind, version, subject) with a count, so a fact stated twice on one page must be stated twice on the other.</summary>
    private static List<string> Keys(IEnumerable<Fact> facts) =>
        facts.GroupBy(f => $"{f.Kind.ToName()} {f.Version} {f.Subject}")
            .SelectMany(g => g.Select((_, i) => $"{g.Key} #{i + 1}")).ToList();
}
