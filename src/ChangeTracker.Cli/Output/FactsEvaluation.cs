using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Evaluation;

namespace ChangeTracker.Cli.Output;

/// <summary>`facts --eval GOLDEN`: the stored facts scored against a folder of golden lists, as a table.</summary>
public static class FactsEvaluation
{
    public static async Task WriteAsync(TextWriter output, string goldenFolder, IReadOnlyList<Fact> facts, bool details)
    {
        IReadOnlyList<GoldenPage> pages;
        try
        {
            pages = GoldenLists.Load(goldenFolder);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            throw new UsageException(ex.Message);
        }
        var score = GoldenScorer.Score(pages, facts);
        await output.WriteLineAsync($"{facts.Count} stored facts scored against {pages.Sum(p => p.Facts.Count)} golden entries of {pages.Count} releases " +
            $"(held out: {string.Join(", ", pages.Where(p => p.HeldOut).Select(p => p.Release))})");
        await output.WriteAsync(GoldenReport.Table(score));
        await output.WriteLineAsync($"missed {score.Missed.Count}, extra {score.Extra.Count}" + (details ? "" : " (--eval-details lists them)"));
        if (!details) return;
        foreach (var line in score.Missed) await output.WriteLineAsync("missed: " + line);
        foreach (var line in score.Extra) await output.WriteLineAsync("extra:  " + line);
        foreach (var line in score.ReportedAsDone) await output.WriteLineAsync("reported as done: " + line);
    }
}
