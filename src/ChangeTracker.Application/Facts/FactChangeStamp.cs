namespace ChangeTracker.Application.Facts;

/// <summary>Who changed a page's facts and when: the ingestion run (null for a re-extraction from stored items) and the time.</summary>
public sealed record FactChangeStamp(long? RunId, DateTimeOffset SeenAt);
