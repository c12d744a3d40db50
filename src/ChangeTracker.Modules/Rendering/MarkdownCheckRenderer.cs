using System.Text;
using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Modules.Checking;

namespace ChangeTracker.Modules.Rendering;

/// <summary>The check as Markdown: what can break by section, then what is worth a look, then what was not judged.</summary>
public sealed class MarkdownCheckRenderer : ICheckReportRenderer
{
    public string Format => "md";
    public string ContentType => "text/markdown; charset=utf-8";
    public string FileExtension => ".md";

    public async Task RenderAsync(CheckReport report, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(Render(report), ct).ConfigureAwait(false);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    public static StringBuilder Render(CheckReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(E(CheckText.Title(report))).Append("\n\n").Append(E(CheckText.Intro(report))).Append("\n\n");
        md.Append("**").Append(E(CheckText.Headline(report))).Append("**\n");
        AppendPart(md, CheckText.BreakingTitle, report.Findings.Where(f => f.Breaking).ToList());
        AppendPart(md, CheckText.ReviewTitle, report.Findings.Where(f => !f.Breaking).ToList());
        md.Append("\n## ").Append(CheckText.NotJudgedTitle).Append("\n\n");
        foreach (var note in report.NotJudged) md.Append("- ").Append(E(note)).Append('\n');
        return md;
    }

    private static void AppendPart(StringBuilder md, string title, IReadOnlyList<CheckFinding> findings)
    {
        if (findings.Count == 0) return;
        md.Append("\n## ").Append(title).Append('\n');
        foreach (var section in findings.GroupBy(f => f.Section))
        {
            md.Append("\n### ").Append(CheckReport.SectionTitle(section.Key)).Append("\n\n");
            foreach (var finding in section)
            {
                md.Append("- ").Append(E(CheckText.Line(finding)));
                if (DiffText.WebLink(finding.Fact.Source) is { } link)
                    md.Append(" ([source](").Append(link.AbsoluteUri.Replace("(", "%28").Replace(")", "%29")).Append("))");
                md.Append('\n');
            }
        }
    }

    private static string E(string text) => MarkdownDiffRenderer.Escape(text);
}
