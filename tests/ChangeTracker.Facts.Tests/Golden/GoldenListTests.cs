using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Evaluation;
using ChangeTracker.Facts.Tests.GoSitePages;
using ChangeTracker.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ChangeTracker.Facts.Tests.Golden;

/// <summary>
/// The extractor scored against our golden lists (Golden/lists, every release go1 … go1.27, every non-feature kind).
/// The floors below are what the rules reach today, so a change that loses recall or precision fails; the targets
/// of the Facts v2 issue are printed next to them by `changetracker facts --eval`.
/// </summary>
public sealed class GoldenListTests(ITestOutputHelper output)
{
    public static string DataFolder => Path.Combine(GoSite.RepositoryRoot, "tests", "ChangeTracker.Facts.Tests", "Golden", "lists");

    /// <summary>Recall and precision floors per kind over all releases (measured, rounded down).</summary>
    private static readonly Dictionary<FactKind, (double Recall, double Precision)> Floors = new()
    {
        [FactKind.PortAdded] = (1.0, 1.0),
        [FactKind.PortRemoved] = (1.0, 1.0),
        [FactKind.PortBroken] = (1.0, 1.0),
        [FactKind.PortRenamed] = (1.0, 1.0),
        [FactKind.PortBinariesDropped] = (1.0, 1.0),
        [FactKind.OsSupportEnded] = (1.0, 0.97),
        [FactKind.RequirementRaised] = (0.92, 0.95),
        [FactKind.Removal] = (0.95, 0.92),
        [FactKind.BehaviorChange] = (0.93, 0.89),
        [FactKind.Deprecation] = (0.97, 0.96),
    };

    [Fact]
    public void Every_golden_file_reads_and_every_release_has_one()
    {
        var pages = GoldenLists.Load(DataFolder);
        Assert.Equal(28, pages.Count);
        Assert.Equal(["1.19", "1.23", "1.26", "1.3", "1.7"], pages.Where(p => p.HeldOut).Select(p => p.Release).Order(StringComparer.Ordinal));
        Assert.All(pages.SelectMany(p => p.Facts), e => Assert.True(e.Port is not null || e.Os is not null || e.Match.Count > 0, $"{e} names nothing to match"));
    }

    [GoSiteFact]
    public void Recall_and_precision_per_kind_stay_at_or_above_the_floors()
    {
        var score = GoldenScorer.Score(GoldenLists.Load(DataFolder), SitePages.LinkedFacts());
        output.WriteLine(GoldenReport.Table(score));
        foreach (var line in score.Missed) output.WriteLine("missed: " + line);
        foreach (var line in score.Extra) output.WriteLine("extra:  " + line);
        foreach (var (kind, floor) in Floors)
        {
            var s = score.Of(kind, GoldenScore.All);
            Assert.True(s.Recall >= floor.Recall, $"{kind.ToName()} recall {s.Recall:P1} is below the floor {floor.Recall:P0}");
            Assert.True(s.Precision >= floor.Precision, $"{kind.ToName()} precision {s.Precision:P1} is below the floor {floor.Precision:P0}");
        }
    }

    [GoSiteFact]
    public void No_announcement_is_reported_as_done_when_later_notes_withdrew_or_never_confirmed_it()
    {
        var score = GoldenScorer.Score(GoldenLists.Load(DataFolder), SitePages.LinkedFacts());
        Assert.Empty(score.ReportedAsDone);
    }
}
