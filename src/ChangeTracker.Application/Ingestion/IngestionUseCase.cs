using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Facts;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.TestHooks;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// The one ingestion flow the CLI, the web app and the jobs call, as steps under one run record:
/// <see cref="BeginAsync"/> (one run per source at a time) → <see cref="DiscoverAsync"/> (release history, which
/// discovers the versions, and the downloads feed) → <see cref="IngestVersionAsync"/> per major version (fetch, parse,
/// extract, store — each version in its own transaction, unchanged pages skipped) → <see cref="FinishAsync"/> (recompute
/// exactly the stored diffs whose inputs changed, close the run). <see cref="RunAsync"/> runs the steps in this process;
/// the jobs run the same steps, one Hangfire job per version.
/// </summary>
public sealed class IngestionUseCase(
    ReleaseSourceFactory sources,
    HistoryIngestor history,
    DownloadsIngestor downloads,
    NotesIngestor notes,
    RunRecorder recorder,
    RunHeartbeat heartbeat,
    FactStore factStore,
    StoreGate gate,
    StoredDiffs storedDiffs,
    KnownVersionsQuery knownVersions,
    Storage.DatabaseTarget database,
    IOptions<SourceOptions> sourceOptions,
    ILogger<IngestionUseCase> logger)
{
    /// <summary>A whole run in this process: the steps below, the versions ChangeTracker:Source:MaxConcurrency (4) at a time.</summary>
    public async Task<IngestionReport> RunAsync(IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var start = await BeginAsync(request.Source, request.Trigger, cancellationToken);
        if (start.Busy is { } busy) return IngestionReport.Skipped(start.Location, busy);

        var runId = start.RunId;
        await using var alive = KeepAlive(runId);
        CrashTestHook.Reach(CrashTestHook.RunStarted);
        var tracker = new ProgressTracker(progress);
        tracker.Expect((request.IncludeHistory || request.Versions is null ? 1 : 0) + (request.IncludeDownloads ? 1 : 0));
        string? error = null;
        try
        {
            var versions = await DiscoverAsync(runId, request, tracker, cancellationToken);
            tracker.Expect(versions.Count);
            await Parallel.ForEachAsync(versions, new ParallelOptions { MaxDegreeOfParallelism = sourceOptions.Value.MaxConcurrency, CancellationToken = cancellationToken },
                async (version, ct) => tracker.Report(await IngestVersionAsync(runId, request.Source, version, request.Force, willRetry: false, ct)));
            if (versions.Count == 0 && request.Versions is null) error = NoVersions;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await recorder.FinishAsync(runId, "cancelled", [], CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Ingestion run {RunId} stopped by an unexpected error", runId);
            error = $"unexpected {ex.GetType().Name}: {ex.Message}";
        }
        return await FinishAsync(runId, error, cancellationToken);
    }

    public const string NoVersions = "no versions to ingest: the release history could not be read and nothing is stored yet";

    /// <summary>The result of <see cref="BeginAsync"/>: a new run, or the run already ingesting the source.</summary>
    public sealed record RunStart(long RunId, string Location, ActiveRun? Busy);

    /// <summary>
    /// Starts a run of the source for <paramref name="trigger"/>, unless one is already under way for it (then <c>Busy</c>
    /// names it). Throws <see cref="Hosting.ReadOnlyDatabaseException"/> when the database can only be read.
    /// </summary>
    public async Task<RunStart> BeginAsync(string source, string trigger, CancellationToken cancellationToken)
    {
        if (database.ReadOnlyReason is { } readOnly) throw new Hosting.ReadOnlyDatabaseException(readOnly);
        var location = sources.Create(source).Location;
        var (runId, busy) = await recorder.TryStartAsync(location, trigger, cancellationToken);
        if (busy is not null)
            logger.LogInformation("Ingestion from {Source} ({Trigger}) joins run {RunId} ({Other}), already under way", location, trigger, busy.Id, busy.Trigger);
        else
            logger.LogInformation("Ingestion run {RunId} from {Source} started ({Trigger})", runId, location, trigger);
        return new RunStart(runId, location, busy);
    }

    /// <summary>
    /// Reads the release history (storing it when changed) and the downloads feed, recording both pages under the run.
    /// Returns the major versions to ingest: the history's (or, when it cannot be read, the stored ones), narrowed to the
    /// request's versions; a requested version the history does not list is recorded as a failed page.
    /// </summary>
    public async Task<IReadOnlyList<GoVersion>> DiscoverAsync(long runId, IngestionRequest request, IProgress<PageReport>? pages, CancellationToken cancellationToken)
    {
        var source = sources.Create(request.Source);
        ReleaseHistory? parsed = null;
        if (request.IncludeHistory || request.Versions is null)
        {
            var result = await history.IngestAsync(source, request.Force, cancellationToken);
            await RecordAsync(runId, result.Report, pages, cancellationToken);
            parsed = result.History;
        }
        if (request.IncludeDownloads)
            foreach (var page in await downloads.IngestAsync(source, request.Force, cancellationToken))
                await RecordAsync(runId, page, pages, cancellationToken);

        var known = parsed?.Majors.Select(m => m.Version.Line).Distinct().Order().ToList() ?? await knownVersions.AllAsync(cancellationToken);
        if (request.Versions is null) return known;

        var wanted = new List<GoVersion>();
        foreach (var version in request.Versions.Select(v => v.Line).Distinct())
        {
            if (known.Contains(version)) wanted.Add(version);
            else await RecordAsync(runId, new PageReport(NotesIngestor.PathFor(version).Value, version.ToString(), PageOutcome.Failed,
                $"Go {version} is not in the release history (known: {string.Join(", ", known.Order().TakeLast(3))} …)", 0, TimeSpan.Zero), pages, cancellationToken);
        }
        return wanted;
    }

    /// <summary>Keeps the run's lease while the caller works on it (a job's step), until disposed.</summary>
    public IAsyncDisposable KeepAlive(long runId) => heartbeat.Keep(_ => Task.FromResult<IReadOnlyList<long>>([runId]));

    /// <summary>Records the notes pages of <paramref name="versions"/> as queued: steps that jobs will run.</summary>
    public Task QueueVersionsAsync(long runId, IEnumerable<GoVersion> versions, CancellationToken cancellationToken) =>
        recorder.QueueAsync(runId, versions.Select(v => (NotesIngestor.PathFor(v).Value, v.Line.ToString())), cancellationToken);

    /// <summary>Notes that a queued version's step is now a job, so a resumed run job does not enqueue it again.</summary>
    public Task StepEnqueuedAsync(long runId, GoVersion version, string jobId, CancellationToken cancellationToken) =>
        recorder.StepEnqueuedAsync(runId, version.Line.ToString(), jobId, cancellationToken);

    /// <summary>Where an open run's steps stand (null when the run is closed): what its run job resumes after its process died.</summary>
    public Task<RunSteps?> StepsAsync(long runId, CancellationToken cancellationToken) => recorder.StepsAsync(runId, cancellationToken);

    /// <summary>
    /// One version's step: fetch its notes page, and when it changed parse, extract and store it in one transaction.
    /// The outcome is recorded under the run — unless it failed and <paramref name="willRetry"/>: then the page stays
    /// queued with the reason, for the retry to record.
    /// </summary>
    public async Task<PageReport> IngestVersionAsync(long runId, string source, GoVersion version, bool force, bool willRetry, CancellationToken cancellationToken)
    {
        var page = await notes.IngestAsync(sources.Create(source), version, force, runId, cancellationToken);
        if (page.Outcome == PageOutcome.Failed && willRetry)
            await recorder.RequeueAsync(runId, page.Page, $"attempt failed, will be retried: {page.Message}", cancellationToken);
        else
            await recorder.PageAsync(runId, page, cancellationToken);
        return page;
    }

    /// <summary>Records a step that could not run at all (an unexpected error on its last attempt), so the run can finish.</summary>
    public Task RecordFailedStepAsync(long runId, GoVersion version, string message, CancellationToken cancellationToken) =>
        recorder.PageAsync(runId, new PageReport(NotesIngestor.PathFor(version).Value, version.Line.ToString(), PageOutcome.Failed, message, 0, TimeSpan.Zero), cancellationToken);

    /// <summary>Finishes the run when its last queued step is done (exactly one caller does); null while steps remain.</summary>
    public async Task<IngestionReport?> FinishIfDoneAsync(long runId, CancellationToken cancellationToken) =>
        await recorder.TryClaimFinishAsync(runId, cancellationToken) ? await FinishAsync(runId, null, cancellationToken) : null;

    /// <summary>
    /// Links the facts across pages when the run stored a notes page (the readers read that linked form), recomputes
    /// exactly the stored diffs whose inputs changed, then closes the run with its outcome.
    /// </summary>
    public async Task<IngestionReport> FinishAsync(long runId, string? error, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> recomputed = [];
        try
        {
            if (await recorder.StoredNotesAsync(runId, cancellationToken) || await factStore.NeedsRelinkAsync(cancellationToken))
                await gate.RunAsync(() => factStore.RelinkAsync(cancellationToken), cancellationToken);
            recomputed = (await storedDiffs.RefreshAsync(cancellationToken)).Select(p => $"{p.From}→{p.To}").ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Ingestion run {RunId}: linking facts or refreshing the stored diffs failed", runId);
            error = (error is null ? "" : error + "; ") + $"linking facts or refreshing the stored diffs failed: {ex.Message}";
        }
        var report = await recorder.FinishAsync(runId, error, recomputed, cancellationToken);
        logger.LogInformation("Ingestion run {RunId} finished: {Summary}", runId, report.Summary);
        return report;
    }

    private async Task RecordAsync(long runId, PageReport page, IProgress<PageReport>? pages, CancellationToken cancellationToken)
    {
        await recorder.PageAsync(runId, page, cancellationToken);
        pages?.Report(page);
    }

    /// <summary>Counts finished pages for a progress display; reports on the caller's thread.</summary>
    private sealed class ProgressTracker(IProgress<IngestionProgress>? progress) : IProgress<PageReport>
    {
        private int _done;
        private int _total;

        public void Expect(int more) => Interlocked.Add(ref _total, more);

        public void Report(PageReport page)
        {
            var done = Interlocked.Increment(ref _done);
            progress?.Report(new IngestionProgress(page, done, Math.Max(done, Volatile.Read(ref _total))));
        }
    }
}
