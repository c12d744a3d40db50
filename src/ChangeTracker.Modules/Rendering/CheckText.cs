using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Checking;

namespace ChangeTracker.Modules.Rendering;

/// <summary>The wording every check renderer shares: title, intro, headline and the one line per finding.</summary>
public static class CheckText
{
    public const string BreakingTitle = "What can break";
    public const string ReviewTitle = "Worth a look (not breaking)";
    public const string NotJudgedTitle = "What this check could not judge";

    public static string Title(CheckReport report) =>
        $"Upgrade check{(report.ModulePath is { } m ? " of " + m : "")}: Go {report.From} → Go {report.To}";

    public static string Intro(CheckReport report)
    {
        var go = report.GoLine is { } g ? $"go.mod says go {g}" + (report.Toolchain is { } t ? $" and toolchain {t}" : "") + ". " : "";
        var targets = report.Targets.Count > 0 ? $" Targets: {string.Join(", ", report.Targets)}." : "";
        return $"{go}Read {Count(report.FilesRead, ".go file")} as text ({Count(report.StandardImports, "standard-library package")} imported); nothing was built or run.{targets}";
    }

    public static string Headline(CheckReport report) =>
        report.From >= report.To ? $"Go {report.From} is not older than Go {report.To}: there is nothing to cross."
        : $"{report.BreakingCount} breaking · {report.Findings.Count - report.BreakingCount} to review";

    /// <summary>"imports crypto/tls (file a.go); uses tls.Config → Go 1.22 behaviour change in crypto/tls: …".</summary>
    public static string Line(CheckFinding finding) => $"{finding.Why} → {What(finding.Fact)}";

    /// <summary>"Go 1.22 behaviour change in crypto/tls: the summary".</summary>
    public static string What(Fact fact)
    {
        var component = fact.Component is { } c ? $" in {c}" : "";
        var when = fact.Kind == FactKind.Deprecation && fact.EffectiveVersion is { } e ? $" (takes effect in Go {e})" : "";
        return $"Go {fact.Version} {FactKinds.Of(fact.Kind).Label}{component}{when}: {DiffText.OneLine(fact.Summary)}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
