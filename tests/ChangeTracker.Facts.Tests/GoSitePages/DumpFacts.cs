using ChangeTracker.Domain.Facts;
using ChangeTracker.Testing;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>Writes every non-feature fact to a file named by CHANGETRACKER_FACTS_DUMP, for reviewing the rules by eye.</summary>
public sealed class DumpFacts
{
    [GoSiteFact]
    public void Dump()
    {
        var target = Environment.GetEnvironmentVariable("CHANGETRACKER_FACTS_DUMP");
        if (string.IsNullOrEmpty(target)) return;
        var rendering = Environment.GetEnvironmentVariable("CHANGETRACKER_FACTS_RENDERING") ?? SitePages.Current;
        var lines = SitePages.LinkedFacts(rendering)
            .Where(f => f.Kind != FactKind.Feature)
            .Select(f => $"{f.Version,-5} {f.Kind.ToName(),-16} {f.Subject} | last={f.LastVersion} ann={f.AnnouncedIn} eff={f.EffectiveVersion} exp={f.Experimental} os={f.Os}/{f.OsVersion} | {f.Rule} | {f.Source} | {f.Evidence}");
        File.WriteAllLines(target, lines);
    }
}
