using System.Globalization;
using System.Net;
using System.Text;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>
/// A self-contained HTML document (inline CSS, no scripts, no external resources). Every value is HTML-encoded:
/// the facts' text comes from third-party pages. Only http(s) sources become links.
/// </summary>
public sealed class HtmlDiffRenderer : IDiffReportRenderer
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}
        ul{padding-left:1.2rem}li{margin:.3rem 0}.meta{color:#666;font-size:.9em}.security{color:#b00020;font-weight:600}.not-for-use{color:#8a5a00;font-weight:600}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.grow{color:#b35900}.shrink{color:#1a7f37}
        .downgrade{background:#fff4e5;border-left:4px solid #b35900;padding:.5rem 1rem}
        details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}section{overflow-x:auto}code{overflow-wrap:anywhere}
        """;

    public string Format => "html";
    public string ContentType => "text/html; charset=utf-8";
    public string FileExtension => ".html";

    public async Task RenderAsync(VersionDiff diff, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(Render(diff), ct).ConfigureAwait(false);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    public static StringBuilder Render(VersionDiff diff)
    {
        var title = DiffText.Title(diff);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n")
            .Append(diff.IsDowngrade ? "<p class=\"downgrade\">" : "<p>").Append(E(DiffText.Intro(diff))).Append("</p>\n");

        if (!diff.IsEmpty) h.Append("<p class=\"headline\"><strong>").Append(E(DiffText.Headline(diff))).Append("</strong></p>\n");
        if (DiffText.Narrowing(diff) is { } narrowing) h.Append("<p class=\"meta\">").Append(E(narrowing)).Append("</p>\n");
        AppendTargets(h, diff);
        AppendCoverage(h, diff);

        foreach (var kind in FactOrder.BeforeComingNext) AppendKind(h, diff, kind);
        if (diff.ComingNext.Count > 0)
        {
            h.Append("<section id=\"coming-next\">\n<h2>").Append(E(DiffText.ComingNextTitle)).Append("</h2>\n");
            AppendFacts(h, diff.ComingNext, DiffText.ComingNextMeta);
            h.Append("</section>\n");
        }
        foreach (var kind in FactOrder.AfterComingNext) AppendKind(h, diff, kind);

        if (diff.Distribution.Count > 0) AppendDistribution(h, diff);

        if (diff.Revisions.Count > 0)
        {
            h.Append("<section id=\"revisions\">\n<h2>").Append(E(DiffText.RevisionsTitle)).Append("</h2>\n<ul>\n");
            foreach (var revision in diff.Revisions)
            {
                h.Append("<li><strong>").Append(E(revision.Version.ToString())).Append("</strong> <span class=\"meta\">")
                    .Append(E(DiffText.RevisionDate(revision))).Append("</span>");
                if (revision.ShouldNotBeUsed) h.Append(" <span class=\"not-for-use\">").Append(E(DiffText.ShouldNotBeUsedLabel)).Append("</span>");
                if (revision.Security) h.Append(" <span class=\"security\">security</span>");
                var summary = DiffText.OneLine(revision.Summary);
                if (summary.Length > 0) h.Append(": ").Append(E(summary));
                h.Append("</li>\n");
            }
            h.Append("</ul>\n</section>\n");
        }

        h.Append("</main>\n</body>\n</html>\n");
        return h;
    }

    private static void AppendKind(StringBuilder h, VersionDiff diff, FactKind kind)
    {
        var facts = diff.FactsOfKind(kind).ToList();
        if (facts.Count == 0) return;
        h.Append("<section id=\"").Append(kind.ToName()).Append("\">\n<h2>")
            .Append(E(DiffText.SectionTitle(kind, diff.IsDowngrade))).Append("</h2>\n");
        if (kind.GroupsByComponent())
        {
            foreach (var group in facts.GroupBy(f => DiffText.ComponentTitle(f.Component)))
            {
                h.Append("<details><summary>").Append(E(group.Key)).Append(" <span class=\"meta\">(").Append(group.Count()).Append(")</span></summary>\n");
                AppendFacts(h, group, DiffText.FactMeta);
                h.Append("</details>\n");
            }
        }
        else
        {
            AppendFacts(h, facts, DiffText.FactMeta);
        }
        h.Append("</section>\n");
    }

    private static void AppendTargets(StringBuilder h, VersionDiff diff)
    {
        if (diff.Filter is not { Targets.Count: > 0 }) return;
        h.Append("<section id=\"targets\">\n<h2>").Append(E(DiffText.TargetsTitle)).Append("</h2>\n<ul>\n");
        if (diff.TargetLosses.Count == 0) h.Append("<li>").Append(E(DiffText.NoTargetLosses)).Append("</li>\n");
        foreach (var loss in diff.TargetLosses) h.Append("<li>").Append(E(loss.Sentence)).Append("</li>\n");
        h.Append("</ul>\n</section>\n");
    }

    private static void AppendCoverage(StringBuilder h, VersionDiff diff)
    {
        if (diff.Coverage.Count == 0) return;
        h.Append("<section id=\"coverage\">\n<h2>").Append(E(DiffText.CoverageTitle)).Append("</h2>\n<ul>\n");
        foreach (var note in diff.Coverage)
            h.Append("<li>").Append(E($"{note.Source}, Go {note.Version}: {note.Note}")).Append("</li>\n");
        h.Append("</ul>\n</section>\n");
    }

    private static void AppendDistribution(StringBuilder h, VersionDiff diff)
    {
        h.Append("<section id=\"distribution\">\n<h2>").Append(E(DiffText.DistributionTitle)).Append("</h2>\n<table>\n<thead><tr>")
            .Append("<th>Platform</th><th>Kind</th><th>File (Go ").Append(E(diff.From.ToString())).Append(")</th>")
            .Append("<th class=\"num\">Size</th><th>File (Go ").Append(E(diff.To.ToString())).Append(")</th>")
            .Append("<th class=\"num\">Size</th><th class=\"num\">Change</th></tr></thead>\n<tbody>\n");
        foreach (var row in diff.Distribution)
        {
            var change = row.DeltaBytes switch { > 0 => " grow", < 0 => " shrink", _ => "" };
            h.Append("<tr><td>").Append(E(row.Platform)).Append("</td><td>").Append(E(row.Kind.ToName()))
                .Append("</td><td>").Append(E(row.FromFile ?? DiffText.Missing))
                .Append("</td><td class=\"num\">").Append(E(row.FromFile is null ? DiffText.Missing : ByteSize.Format(row.FromBytes, "unknown")))
                .Append("</td><td>").Append(E(row.ToFile ?? DiffText.Missing))
                .Append("</td><td class=\"num\">").Append(E(row.ToFile is null ? DiffText.Missing : ByteSize.Format(row.ToBytes, "unknown")))
                .Append("</td><td class=\"num").Append(change).Append("\">").Append(E(DiffText.Change(row)))
                .Append("</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendFacts(StringBuilder h, IEnumerable<Fact> facts, Func<Fact, string> meta)
    {
        h.Append("<ul>\n");
        foreach (var fact in facts)
        {
            h.Append("<li><strong>").Append(E(DiffText.OneLine(fact.Subject))).Append("</strong>: ")
                .Append(E(DiffText.OneLine(fact.Summary)))
                .Append(" <span class=\"meta\">(").Append(E(meta(fact))).Append(")</span> ");
            if (DiffText.WebLink(fact.Source) is { } link)
                h.Append("<a href=\"").Append(E(link.AbsoluteUri)).Append("\" rel=\"noopener noreferrer\">source</a>");
            else
                h.Append("<span class=\"meta\">source: ").Append(E(fact.Source)).Append("</span>");
            h.Append("</li>\n");
        }
        h.Append("</ul>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
