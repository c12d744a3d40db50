using System.Globalization;
using System.Text;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>A Markdown report: sections per kind, features by component, a size table, revisions with security marked.</summary>
public sealed class MarkdownDiffRenderer : IDiffReportRenderer
{
    public string Format => "md";
    public string ContentType => "text/markdown; charset=utf-8";
    public string FileExtension => ".md";

    public async Task RenderAsync(VersionDiff diff, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(Render(diff), ct).ConfigureAwait(false);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    public static StringBuilder Render(VersionDiff diff)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(DiffText.Title(diff))).Append("\n\n");
        md.Append(Escape(DiffText.Intro(diff))).Append('\n');
        if (diff.IsEmpty) return md;
        md.Append("\n**").Append(Escape(DiffText.Headline(diff))).Append("**\n");
        if (DiffText.Narrowing(diff) is { } narrowing) md.Append('\n').Append(Escape(narrowing)).Append('\n');
        AppendTargets(md, diff);
        AppendCoverage(md, diff);

        foreach (var kind in FactOrder.BeforeComingNext) AppendKind(md, diff, kind);
        if (diff.ComingNext.Count > 0)
        {
            md.Append("\n## ").Append(DiffText.ComingNextTitle).Append("\n\n");
            foreach (var fact in diff.ComingNext) AppendFact(md, fact, DiffText.ComingNextMeta(fact));
        }
        foreach (var kind in FactOrder.AfterComingNext) AppendKind(md, diff, kind);

        if (diff.Distribution.Count > 0)
        {
            md.Append("\n## ").Append(DiffText.DistributionTitle).Append("\n\n");
            md.Append($"| Platform | Kind | Go {diff.From} | Go {diff.To} | Change |\n");
            md.Append("| --- | --- | ---: | ---: | ---: |\n");
            foreach (var row in diff.Distribution)
            {
                md.Append("| ").Append(Escape(row.Platform))
                    .Append(" | ").Append(row.Kind.ToName())
                    .Append(" | ").Append(Size(row.FromFile, row.FromBytes))
                    .Append(" | ").Append(Size(row.ToFile, row.ToBytes))
                    .Append(" | ").Append(DiffText.Change(row))
                    .Append(" |\n");
            }
        }

        if (diff.Revisions.Count > 0)
        {
            md.Append("\n## ").Append(DiffText.RevisionsTitle).Append("\n\n");
            foreach (var revision in diff.Revisions)
            {
                md.Append("- ").Append(revision.Version).Append(" (").Append(DiffText.RevisionDate(revision)).Append(')');
                if (revision.ShouldNotBeUsed) md.Append(" **").Append(DiffText.ShouldNotBeUsedLabel).Append("**");
                if (revision.Security) md.Append(" **security**");
                var summary = DiffText.OneLine(revision.Summary);
                if (summary.Length > 0) md.Append(": ").Append(Escape(summary));
                md.Append('\n');
            }
        }
        return md;
    }

    private static void AppendKind(StringBuilder md, VersionDiff diff, FactKind kind)
    {
        var facts = diff.FactsOfKind(kind).ToList();
        if (facts.Count == 0) return;
        md.Append("\n## ").Append(DiffText.SectionTitle(kind, diff.IsDowngrade)).Append("\n\n");
        if (!kind.GroupsByComponent())
        {
            foreach (var fact in facts) AppendFact(md, fact, DiffText.FactMeta(fact));
            return;
        }
        foreach (var group in facts.GroupBy(f => DiffText.ComponentTitle(f.Component)))
        {
            md.Append("### ").Append(Escape(group.Key)).Append("\n\n");
            foreach (var fact in group) AppendFact(md, fact, DiffText.FactMeta(fact));
            md.Append('\n');
        }
        md.Length--;
    }

    private static void AppendTargets(StringBuilder md, VersionDiff diff)
    {
        if (diff.Filter is not { Targets.Count: > 0 }) return;
        md.Append("\n## ").Append(DiffText.TargetsTitle).Append("\n\n");
        if (diff.TargetLosses.Count == 0) md.Append(DiffText.NoTargetLosses).Append('\n');
        foreach (var loss in diff.TargetLosses) md.Append("- ").Append(Escape(loss.Sentence)).Append('\n');
    }

    private static void AppendCoverage(StringBuilder md, VersionDiff diff)
    {
        if (diff.Coverage.Count == 0) return;
        md.Append("\n## ").Append(DiffText.CoverageTitle).Append("\n\n");
        foreach (var note in diff.Coverage) md.Append("- ").Append(Escape($"{note.Source}, Go {note.Version}: {note.Note}")).Append('\n');
    }

    private static string Size(string? file, long? bytes) =>
        file is null ? DiffText.Missing : ByteSize.Format(bytes, "size unknown");

    private static void AppendFact(StringBuilder md, Fact fact, string meta)
    {
        md.Append("- **").Append(Escape(DiffText.OneLine(fact.Subject))).Append("**: ")
            .Append(Escape(DiffText.OneLine(fact.Summary)))
            .Append(" (").Append(Escape(meta)).Append("; ");
        if (DiffText.WebLink(fact.Source) is { } link)
            md.Append("[source](").Append(LinkTarget(link)).Append(')');
        else
            md.Append("source: ").Append(Escape(DiffText.OneLine(fact.Source)));
        md.Append(")\n");
    }

    /// <summary>Escapes the characters that Markdown (and the HTML it may contain) would interpret.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '!') sb.Append('\\');
            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return sb.ToString();
    }

    private static string LinkTarget(Uri link) =>
        link.AbsoluteUri.Replace("(", "%28").Replace(")", "%29").Replace(" ", "%20").Replace("<", "%3C").Replace(">", "%3E");
}
