using ChangeTracker.Application.Ingestion;

namespace ChangeTracker.Cli.Commands;

/// <summary>Shows each page as it finishes ("[12/30] ingested /doc/go1.12 (412 rows)") and a summary with every failure.</summary>
public static class IngestProgressDisplay
{
    public static async Task<IngestionReport> RunAsync(CliContext context, IngestionUseCase useCase, IngestionRequest request, CancellationToken cancellationToken)
    {
        context.Log.Info($"Ingesting from {request.Source} …");
        var progress = new SynchronousProgress(p => context.Log.Info(Describe(p)));
        var report = await useCase.RunAsync(request, progress, cancellationToken);
        if (report.SkippedFor is not null)
        {
            await context.Out.WriteLineAsync($"Not started: {report.Summary}; nothing was done, try again when it has finished.");
            return report;
        }
        await context.Out.WriteLineAsync($"Run {report.RunId}: {report.Summary}");
        foreach (var failed in report.Pages.Where(p => p.Outcome == PageOutcome.Failed))
            await context.Out.WriteLineAsync($"  failed {failed.Page}: {failed.Message}");
        return report;
    }

    private static string Describe(IngestionProgress p)
    {
        var outcome = p.Page.Outcome.ToString().ToLowerInvariant();
        var detail = p.Page.Outcome switch
        {
            PageOutcome.Ingested => $" ({p.Page.RowsWritten} rows, {p.Page.Duration.TotalMilliseconds:0} ms)",
            PageOutcome.Failed => $": {p.Page.Message}",
            _ => "",
        };
        return $"[{p.Done}/{p.Total}] {outcome} {p.Page.Page}{detail}";
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and print late).</summary>
    private sealed class SynchronousProgress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        private readonly Lock _lock = new();

        public void Report(IngestionProgress value)
        {
            lock (_lock) report(value);
        }
    }
}
