namespace ChangeTracker.Application.Ingestion;

public enum PageOutcome
{
    Ingested,
    Unchanged,
    Failed,
}

/// <summary>What happened to one page of a run.</summary>
public sealed record PageReport(string Page, string? Version, PageOutcome Outcome, string? Message, int RowsWritten, TimeSpan Duration);

/// <summary>
/// The result of a run: every page's outcome and the stored diffs it recomputed; failed when any page failed.
/// <see cref="SkippedFor"/> is set when the run did not start because another ingestion of the source was under way.
/// </summary>
public sealed record IngestionReport(long RunId, string Source, IReadOnlyList<PageReport> Pages, string? Error)
{
    /// <summary>The adjacent pairs ("1.12→1.13") whose stored diff this run recomputed because their inputs changed.</summary>
    public IReadOnlyList<string> DiffsRecomputed { get; init; } = [];

    /// <summary>The ingestion of the same source that was already queued or running, which this one joined instead of starting.</summary>
    public ActiveRun? SkippedFor { get; init; }

    public bool Succeeded => Error is null && Pages.All(p => p.Outcome != PageOutcome.Failed);
    public int Count(PageOutcome outcome) => Pages.Count(p => p.Outcome == outcome);

    public string Summary => SkippedFor is { } other
        ? $"skipped: run {other.Id} ({other.Trigger}, started {other.StartedAt:u}) is already ingesting {Source}"
        : $"{Count(PageOutcome.Ingested)} ingested, {Count(PageOutcome.Unchanged)} unchanged, {Count(PageOutcome.Failed)} failed"
        + $"; {DiffsRecomputed.Count} stored diffs recomputed"
        + (Error is null ? "" : $"; {Error}")
        + (Pages.FirstOrDefault(p => p.Outcome == PageOutcome.Failed) is { } first ? $"; first failure: {first.Message ?? first.Page}" : "");

    /// <summary>The report of an ingestion that did not start because <paramref name="other"/> is ingesting the same source.</summary>
    public static IngestionReport Skipped(string source, ActiveRun other) => new(other.Id, source, [], null) { SkippedFor = other };
}

/// <summary>Progress of a run for a progress display: a page finished.</summary>
public sealed record IngestionProgress(PageReport Page, int Done, int Total);

/// <summary>An ingestion run under way (or being finished) for a source.</summary>
public sealed record ActiveRun(long Id, string Trigger, DateTimeOffset StartedAt);

/// <summary>Who started a run. Every run names its real trigger.</summary>
public static class IngestionTriggers
{
    /// <summary>The web app's ingestion at start-up.</summary>
    public const string Startup = "startup";

    /// <summary>The recurring job's cron.</summary>
    public const string Schedule = "schedule";

    /// <summary>Hangfire retrying a run whose ingestion failed.</summary>
    public const string Retry = "retry";

    /// <summary>`changetracker ingest`.</summary>
    public const string Cli = "cli";

    /// <summary>Asked for by a person (the Hangfire dashboard's "trigger now", an API call).</summary>
    public const string Manual = "manual";
}
