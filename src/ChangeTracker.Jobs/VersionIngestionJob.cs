using ChangeTracker.Application.Ingestion;
using ChangeTracker.Domain.Versions;
using Hangfire;

namespace ChangeTracker.Jobs;

/// <summary>Ingests one major version's notes page through the same use case as the CLI; retried on failure.</summary>
public sealed class VersionIngestionJob(IngestionUseCase ingestion)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task RunAsync(string source, string version, CancellationToken cancellationToken)
    {
        var request = new IngestionRequest(source, [GoVersion.Parse(version)], Trigger: "job", IncludeHistory: false, IncludeDownloads: false);
        var report = await ingestion.RunAsync(request, null, cancellationToken);
        if (!report.Succeeded)
            throw new InvalidOperationException($"ingesting Go {version} from {source} failed (run {report.RunId}): " +
                string.Join("; ", report.Pages.Where(p => p.Outcome == PageOutcome.Failed).Select(p => p.Message)));
    }
}
