using ChangeTracker.Domain.Facts;
using ChangeTracker.Testing;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>
/// The review listing of every non-feature fact of the site, one line each (release, kind, subject, fields, rule, source,
/// evidence). The test checks that every fact gets a complete line; with CHANGETRACKER_FACTS_DUMP set it also writes the
/// listing to that file, for reviewing the rules by eye (CHANGETRACKER_FACTS_RENDERING picks the site rendering).
/// </summary>
public sealed class DumpFacts
{
    [GoSiteFact]
    public void Dump()
    {
        var rendering = Environment.GetEnvironmentVariable("CHANGETRACKER_FACTS_RENDERING") ?? SitePages.Current;
        var facts = SitePages.LinkedFacts(rendering).Where(f => f.Kind != FactKind.Feature).ToList();
        var lines = facts.Select(Line).ToList();

        Assert.True(facts.Count > 100, $"only {facts.Count} non-feature facts in the {rendering} rendering");
        Assert.All(facts.Zip(lines), pair =>
        {
            var (fact, line) = pair;
            Assert.StartsWith($"{fact.Version,-5} {fact.Kind.ToName(),-16} {fact.Subject} |", line);
            Assert.False(string.IsNullOrWhiteSpace(fact.Source), $"{fact.Id} has no source");
            Assert.False(string.IsNullOrWhiteSpace(fact.Evidence), $"{fact.Id} has no evidence");
            Assert.DoesNotContain('\n', line);
        });

        var target = Environment.GetEnvironmentVariable("CHANGETRACKER_FACTS_DUMP");
        if (string.IsNullOrEmpty(target)) return;
        File.WriteAllLines(target, lines);
        Assert.Equal(lines.Count, File.ReadAllLines(target).Length);
    }

    private static string Line(Fact f) =>
        $"{f.Version,-5} {f.Kind.ToName(),-16} {f.Subject} | last={f.LastVersion} ann={f.AnnouncedIn} eff={f.EffectiveVersion} exp={f.Experimental} os={f.Os}/{f.OsVersion} | {f.Rule} | {f.Source} | {OneLine(f.Evidence)}";

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
