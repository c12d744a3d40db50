namespace ChangeTracker.Application.Ingestion;

public enum PageOutcome
{
    Ingested,
    Unchanged,
    Failed,
}

/// <summary>What happened to one page of a run.</summary>
public sealed record PageReport(string Page, string? Version, PageOutcome Outcome, string? Message, int RowsWritten, TimeSpan Duration);

/// <summary>The result of a run: every page's outcome; failed when any page failed.</summary>
public sealed record IngestionReport(long RunId, string Source, IReadOnlyList<PageReport> Pages, string? Error)
{
    public bool Succeeded => Error is null && Pages.All(p => p.Outcome != PageOutcome.Failed);
    public int Count(PageOutcome outcome) => Pages.Count(p => p.Outcome == outcome);

    public string Summary =>
        $"{Count(PageOutcome.Ingested)} ingested, {Count(PageOutcome.Unchanged)} unchanged, {Count(PageOutcome.Failed)} failed"
        + (Error is null ? "" : $"; {Error}")
        + (Pages.FirstOrDefault(p => p.Outcome == PageOutcome.Failed) is { } first ? $"; first failure: {first.Message ?? first.Page}" : "");
}

/// <summary>Progress of a run for a progress display: a page finished.</summary>
public sealed record IngestionProgress(PageReport Page, int Done, int Total);
