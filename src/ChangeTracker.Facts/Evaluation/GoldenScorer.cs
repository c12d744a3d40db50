using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Evaluation;

/// <summary>
/// Scores linked facts against the golden lists, per kind: recall = golden facts some extracted fact matches,
/// precision = extracted facts that match some golden fact. A fact announced on one page and confirmed on another
/// is one golden fact. Parts: "tuned" (releases the rules were written against), "held-out", "all".
/// </summary>
public static class GoldenScorer
{
    public static GoldenScore Score(IReadOnlyList<GoldenPage> pages, IReadOnlyList<Fact> facts)
    {
        var heldOutPages = pages.Where(p => p.HeldOut).Select(p => p.Release).ToHashSet(StringComparer.Ordinal);
        var golden = pages.SelectMany(p => p.Facts.Select(e => (Entry: e, p.HeldOut)))
            .GroupBy(g => g.Entry.Key).Select(g => (g.First().Entry, HeldOut: g.All(x => x.HeldOut))).ToList();
        var kinds = FactKinds.InReportOrder.Where(k => k != FactKind.Feature).ToList();
        var candidates = facts.Where(f => f.Kind != FactKind.Feature).ToList();
        bool FactHeldOut(Fact f) => heldOutPages.Contains((f.Page ?? f.Version).Line.ToString());

        var scores = new List<KindScore>();
        var missed = new List<string>();
        var extra = new List<string>();
        foreach (var kind in kinds)
        {
            var expected = golden.Where(g => g.Entry.FactKind == kind).ToList();
            var actual = candidates.Where(f => f.Kind == kind).ToList();
            var found = expected.Where(g => actual.Any(g.Entry.IsMatchedBy)).Select(g => g.Entry).ToHashSet();
            var correct = actual.Where(f => golden.Any(g => g.Entry.IsMatchedBy(f))).ToHashSet();
            missed.AddRange(expected.Where(g => !found.Contains(g.Entry)).Select(g => $"{(g.HeldOut ? "[held-out] " : "")}{g.Entry}"));
            extra.AddRange(actual.Where(f => !correct.Contains(f)).Select(f => $"{(FactHeldOut(f) ? "[held-out] " : "")}{kind.ToName()} {f.Version} {f.Subject} [{f.Rule}] ({f.Source}) {f.Evidence}"));
            foreach (var (part, inPart, factInPart) in Parts(FactHeldOut))
            {
                var e = expected.Where(g => inPart(g.HeldOut)).ToList();
                var a = actual.Where(factInPart).ToList();
                scores.Add(new KindScore(kind, part, e.Count, e.Count(g => found.Contains(g.Entry)), a.Count, a.Count(correct.Contains)));
            }
        }

        var reportedAsDone = golden.Where(g => g.Entry.MustNotHaveHappened)
            .SelectMany(g => candidates.Where(f => g.Entry.IsMatchedBy(f) && f.HasHappened).Select(f => $"{g.Entry} ← reported as happened: {f.Id}"))
            .ToList();
        return new GoldenScore(scores, missed, extra, reportedAsDone);
    }

    private static IEnumerable<(string Part, Func<bool, bool> Golden, Func<Fact, bool> Fact)> Parts(Func<Fact, bool> heldOut)
    {
        yield return (GoldenScore.Tuned, h => !h, f => !heldOut(f));
        yield return (GoldenScore.HeldOut, h => h, heldOut);
        yield return (GoldenScore.All, _ => true, _ => true);
    }
}
