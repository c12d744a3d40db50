using System.Collections.Concurrent;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Sources;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// The one ingestion flow the CLI, the web app and the jobs call: release history (discovers the
/// versions) → downloads feed → one notes page per major version, each stored whole or not at all,
/// with the run and every page's outcome recorded.
/// </summary>
public sealed class IngestionUseCase(
    ReleaseSourceFactory sources,
    HistoryIngestor history,
    DownloadsIngestor downloads,
    NotesIngestor notes,
    RunRecorder recorder,
    IDbContextFactory<ChangeTrackerDbContext> dbFactory,
    ILogger<IngestionUseCase> logger)
{
    public const int NotesConcurrency = 4;

    public async Task<IngestionReport> RunAsync(IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var source = sources.Create(request.Source);
        var runId = await recorder.StartAsync(source.Location, request.Trigger, cancellationToken);
        logger.LogInformation("Ingestion run {RunId} from {Source} started ({Trigger})", runId, source.Location, request.Trigger);
        var pages = new ConcurrentQueue<PageReport>();
        var tracker = new ProgressTracker(progress, runId, recorder, pages);
        string? error = null;
        tracker.Expect(request.IncludeHistory || request.Versions is null ? 1 : 0);
        try
        {
            var versions = await DiscoverAsync(source, request, tracker, cancellationToken);
            tracker.Expect(versions.Count + (request.IncludeDownloads ? 1 : 0));
            if (request.IncludeDownloads)
                foreach (var page in await downloads.IngestAsync(source, request.Force, cancellationToken))
                    await tracker.ReportAsync(page, cancellationToken);
            await Parallel.ForEachAsync(versions, new ParallelOptions { MaxDegreeOfParallelism = NotesConcurrency, CancellationToken = cancellationToken },
                async (version, ct) => await tracker.ReportAsync(await notes.IngestAsync(source, version, request.Force, runId, ct), ct));
            if (versions.Count == 0 && request.Versions is null) error = "no versions to ingest: the release history could not be read and nothing is stored yet";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await recorder.FinishAsync(new IngestionReport(runId, source.Location, pages.ToList(), "cancelled"), CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Ingestion run {RunId} stopped by an unexpected error", runId);
            error = $"unexpected {ex.GetType().Name}: {ex.Message}";
        }
        var report = new IngestionReport(runId, source.Location, pages.ToList(), error);
        await recorder.FinishAsync(report, CancellationToken.None);
        logger.LogInformation("Ingestion run {RunId} finished: {Summary}", runId, report.Summary);
        return report;
    }

    /// <summary>Versions come from the release history; when it cannot be read, from what is already stored.</summary>
    private async Task<IReadOnlyList<GoVersion>> DiscoverAsync(IReleaseSource source, IngestionRequest request, ProgressTracker tracker, CancellationToken cancellationToken)
    {
        ReleaseHistory? parsed = null;
        if (request.IncludeHistory || request.Versions is null)
        {
            var result = await history.IngestAsync(source, request.Force, cancellationToken);
            await tracker.ReportAsync(result.Report, cancellationToken);
            parsed = result.History;
        }
        var known = parsed?.Majors.Select(m => m.Version.Line).ToList() ?? await StoredVersionsAsync(cancellationToken);
        if (request.Versions is null) return known.Distinct().Order().ToList();

        var wanted = new List<GoVersion>();
        foreach (var version in request.Versions.Select(v => v.Line).Distinct())
        {
            if (known.Contains(version)) wanted.Add(version);
            else await tracker.ReportAsync(new PageReport(NotesIngestor.PathFor(version).Value, version.ToString(), PageOutcome.Failed,
                $"Go {version} is not in the release history (known: {string.Join(", ", known.Order().TakeLast(3))} …)", 0, TimeSpan.Zero), cancellationToken);
        }
        return wanted;
    }

    /// <summary>The major versions stored so far (from the release history), ascending.</summary>
    public async Task<IReadOnlyList<GoVersion>> KnownVersionsAsync(CancellationToken cancellationToken) =>
        (await StoredVersionsAsync(cancellationToken)).Order().ToList();

    private async Task<List<GoVersion>> StoredVersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Releases.AsNoTracking().Select(r => r.Version).ToListAsync(cancellationToken);
        return stored.Select(GoVersion.Parse).ToList();
    }

    private sealed class ProgressTracker(IProgress<IngestionProgress>? progress, long runId, RunRecorder recorder, ConcurrentQueue<PageReport> pages)
    {
        private int _done;
        private int _total;

        public void Expect(int more) => Interlocked.Add(ref _total, more);

        public async Task ReportAsync(PageReport page, CancellationToken cancellationToken)
        {
            pages.Enqueue(page);
            await recorder.PageAsync(runId, page, cancellationToken);
            var done = Interlocked.Increment(ref _done);
            progress?.Report(new IngestionProgress(page, done, Math.Max(done, Volatile.Read(ref _total))));
        }
    }
}
