using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Cli.Output;

/// <summary>Facts as Markdown: a section per kind in report order (what breaks first), one bullet per fact with its metadata and source link.</summary>
public static class FactsMarkdown
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<Fact> facts)
    {
        foreach (var group in facts.GroupBy(f => f.Kind).OrderBy(g => FactKinds.ReportRank(g.Key)))
        {
            await output.WriteLineAsync($"## {FactKinds.Of(group.Key).Title} ({group.Count()})");
            await output.WriteLineAsync();
            foreach (var f in group)
            {
                var where = f.Port ?? f.Component;
                var announced = f.AnnouncedIn is { } a && a != f.Version ? $", announced in Go {a}" : "";
                var symbols = f.Symbols.Count == 0 ? "" : " " + string.Join(" ", f.Symbols.Select(s => $"`{s}`"));
                await output.WriteLineAsync(
                    $"- **{Escape(f.Subject)}**{(where is null ? "" : $" `{where}`")} — {DiffText.FactMeta(f)}{announced}: {Escape(f.Summary)}{symbols} ([source]({f.Source}))");
            }
            await output.WriteLineAsync();
        }
    }

    private static string Escape(string text) => text.Replace("[", "\\[").Replace("]", "\\]").Replace("<", "&lt;");
}
