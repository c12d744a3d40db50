using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Cli.Output;

/// <summary>Facts as Markdown: a section per kind, one bullet per fact with its source link.</summary>
public static class FactsMarkdown
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<Fact> facts)
    {
        foreach (var group in facts.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            await output.WriteLineAsync($"## {group.Key.ToName()} ({group.Count()})");
            await output.WriteLineAsync();
            foreach (var f in group)
            {
                var where = f.Port ?? f.Component;
                var when = f.AnnouncedIn is { } a && a != f.Version ? $"Go {f.Version} (announced in {a})" : $"Go {f.Version}";
                await output.WriteLineAsync($"- **{Escape(f.Subject)}**{(where is null ? "" : $" `{where}`")} — {when}: {Escape(f.Summary)} ([source]({f.Source}))");
            }
            await output.WriteLineAsync();
        }
    }

    private static string Escape(string text) => text.Replace("[", "\\[").Replace("]", "\\]").Replace("<", "&lt;");
}
