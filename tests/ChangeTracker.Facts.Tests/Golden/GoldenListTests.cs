using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Tests.GoSitePages;
using ChangeTracker.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ChangeTracker.Facts.Tests.Golden;

/// <summary>Recall and precision of the port, OS-support, removal and deprecation facts against our golden lists.</summary>
public sealed class GoldenListTests(ITestOutputHelper output)
{
    private const double Required = 0.95;

    [GoSiteFact]
    public void Recall_and_precision_per_kind_reach_the_target()
    {
        var facts = SitePages.LinkedFacts().Where(f => f.Kind != FactKind.Feature).ToList();
        var scores = new List<(FactKind Kind, int Golden, int Found, int Extracted, int Correct)>();
        foreach (var kind in GoldenLists.Kinds)
        {
            int golden = 0, found = 0, extracted = 0, correct = 0;
            foreach (var (release, list) in GoldenLists.ByRelease)
            {
                var expected = list.Where(g => g.Kind == kind).ToList();
                var actual = facts.Where(f => f.Kind == kind && f.Version.ToString() == release).ToList();
                golden += expected.Count;
                extracted += actual.Count;
                foreach (var g in expected)
                {
                    if (actual.Any(g.IsMatchedBy)) found++;
                    else output.WriteLine($"missed: {g}");
                }
                foreach (var f in actual)
                {
                    if (list.Any(g => g.IsMatchedBy(f))) correct++;
                    else output.WriteLine($"extra:  {kind.ToName()} {f.Version} {f.Subject} (announced {f.AnnouncedIn}) [{f.Rule}]");
                }
            }
            scores.Add((kind, golden, found, extracted, correct));
        }

        foreach (var s in scores)
            output.WriteLine($"{s.Kind.ToName(),-16} recall {Ratio(s.Found, s.Golden):P0} ({s.Found}/{s.Golden})  precision {Ratio(s.Correct, s.Extracted):P0} ({s.Correct}/{s.Extracted})");
        var (allGolden, allFound) = (scores.Sum(s => s.Golden), scores.Sum(s => s.Found));
        var (allExtracted, allCorrect) = (scores.Sum(s => s.Extracted), scores.Sum(s => s.Correct));
        output.WriteLine($"all kinds        recall {Ratio(allFound, allGolden):P1}  precision {Ratio(allCorrect, allExtracted):P1}");

        foreach (var s in scores.Where(s => s.Kind is FactKind.PortAdded or FactKind.PortRemoved or FactKind.OsSupportEnded))
        {
            Assert.True(Ratio(s.Found, s.Golden) >= Required, $"{s.Kind.ToName()} recall {Ratio(s.Found, s.Golden):P0}");
            Assert.True(Ratio(s.Correct, s.Extracted) >= Required, $"{s.Kind.ToName()} precision {Ratio(s.Correct, s.Extracted):P0}");
        }
        Assert.True(Ratio(allFound, allGolden) >= Required, $"overall recall {Ratio(allFound, allGolden):P1}");
        Assert.True(Ratio(allCorrect, allExtracted) >= Required, $"overall precision {Ratio(allCorrect, allExtracted):P1}");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
