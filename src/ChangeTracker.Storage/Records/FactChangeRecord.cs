namespace ChangeTracker.Storage.Records;

/// <summary>
/// The history of the data: one fact of one notes page added, changed (same id, other text) or withdrawn (id no longer
/// produced) when <see cref="RunId"/> ingested the page, first seen at <see cref="SeenAt"/>. Kept when facts are replaced.
/// A null run is a re-extraction from stored items (after an upgrade of the extractor), not an ingestion.
/// </summary>
public sealed class FactChangeRecord
{
    public long Id { get; set; }
    public long? RunId { get; set; }
    public required string PageVersion { get; set; }
    public required string FactId { get; set; }
    public required string Change { get; set; }
    public required string Kind { get; set; }
    public required string Version { get; set; }
    public string Subject { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? PreviousSummary { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset SeenAt { get; set; }
}
