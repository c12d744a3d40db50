namespace ChangeTracker.Storage.Records;

/// <summary>One ingestion run: when, from where, how it ended, and the outcome of each page.</summary>
public sealed class IngestionRunRecord
{
    public long Id { get; set; }
    public required string Source { get; set; }
    public required string Trigger { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public required string Outcome { get; set; }
    public string? Error { get; set; }

    /// <summary>When the process working on the run last said it was alive (renewed every lease/4 while it runs).</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>How many stored diffs the run recomputed because their inputs changed (0 for an unchanged re-ingest).</summary>
    public int DiffsRecomputed { get; set; }

    public List<IngestionPageRecord> Pages { get; set; } = [];
}

public sealed class IngestionPageRecord
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string Page { get; set; }
    public string? Version { get; set; }
    public required string Outcome { get; set; }
    public string? Message { get; set; }
    public int RowsWritten { get; set; }
    public long DurationMs { get; set; }
}

/// <summary>What was last fetched for a page: its content hash and HTTP validators, for skip-if-unchanged.</summary>
public sealed class SourceDocumentRecord
{
    public long Id { get; set; }
    public required string Path { get; set; }
    public required string ContentHash { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
}
