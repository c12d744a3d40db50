using System.Net;
using System.Text;
using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Modules.Checking;

namespace ChangeTracker.Modules.Rendering;

/// <summary>A self-contained HTML document of the check (inline CSS, no scripts); every value is HTML-encoded.</summary>
public sealed class HtmlCheckRenderer : ICheckReportRenderer
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}
        ul{padding-left:1.2rem}li{margin:.4rem 0}.why{font-weight:600}.breaking{color:#b00020}code{overflow-wrap:anywhere}
        """;

    public string Format => "html";
    public string ContentType => "text/html; charset=utf-8";
    public string FileExtension => ".html";

    public async Task RenderAsync(CheckReport report, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(Render(report), ct).ConfigureAwait(false);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    public static StringBuilder Render(CheckReport report)
    {
        var title = CheckText.Title(report);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n");
        AppendBody(h, report, headingLevel: 2);
        h.Append("</main>\n</body>\n</html>\n");
        return h;
    }

    /// <summary>The report without the document around it, for the /check page (headings from <paramref name="headingLevel"/>).</summary>
    public static StringBuilder AppendBody(StringBuilder h, CheckReport report, int headingLevel)
    {
        var (h2, h3) = ($"h{headingLevel}", $"h{headingLevel + 1}");
        h.Append("<p>").Append(E(CheckText.Intro(report))).Append("</p>\n")
            .Append("<p class=\"headline\"><strong>").Append(E(CheckText.Headline(report))).Append("</strong></p>\n");
        foreach (var (title, breaking) in new[] { (CheckText.BreakingTitle, true), (CheckText.ReviewTitle, false) })
        {
            var findings = report.Findings.Where(f => f.Breaking == breaking).ToList();
            if (findings.Count == 0) continue;
            h.Append($"<section class=\"check-part\"><{h2}>").Append(E(title)).Append($"</{h2}>\n");
            foreach (var section in findings.GroupBy(f => f.Section))
            {
                h.Append($"<{h3}>").Append(E(CheckReport.SectionTitle(section.Key))).Append($"</{h3}>\n<ul>\n");
                foreach (var finding in section) AppendFinding(h, finding);
                h.Append("</ul>\n");
            }
            h.Append("</section>\n");
        }
        h.Append($"<section class=\"check-part\"><{h2}>").Append(E(CheckText.NotJudgedTitle)).Append($"</{h2}>\n<ul>\n");
        foreach (var note in report.NotJudged) h.Append("<li>").Append(E(note)).Append("</li>\n");
        return h.Append("</ul>\n</section>\n");
    }

    private static void AppendFinding(StringBuilder h, CheckFinding finding)
    {
        h.Append(finding.Breaking ? "<li class=\"finding breaking\">" : "<li class=\"finding\">")
            .Append("<span class=\"why\">").Append(E(finding.Why)).Append("</span> → ").Append(E(CheckText.What(finding.Fact)));
        if (DiffText.WebLink(finding.Fact.Source) is { } link)
            h.Append(" <a href=\"").Append(E(link.AbsoluteUri)).Append("\" rel=\"noopener noreferrer\">source</a>");
        h.Append("</li>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
