namespace ChangeTracker.Application.Versioning;

/// <summary>
/// The version of the stored data: <see cref="Tag"/> changes exactly when an ingestion (or a re-extraction) changes what
/// is stored, and <see cref="ChangedAt"/> is when that last happened (null on an empty database).
/// </summary>
public sealed record DataVersion(string Tag, DateTimeOffset? ChangedAt);

/// <summary>
/// The state of the ingestion runs on top of the data version: it also changes when a run starts, records a page or
/// ends, so what lists runs can be revalidated without serving a stale run.
/// </summary>
public sealed record RunsVersion(string Tag, DateTimeOffset? ChangedAt);
