namespace ChangeTracker.Storage.Records;

/// <summary>
/// A materialized diff between two adjacent major releases, recomputed by the jobs whenever either side
/// is re-ingested. <see cref="InputsHash"/> identifies the stored inputs it was computed from.
/// </summary>
public sealed class StoredDiffRecord
{
    public long Id { get; set; }
    public required string FromVersion { get; set; }
    public required string ToVersion { get; set; }
    public long FromSortKey { get; set; }
    public long ToSortKey { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public required string InputsHash { get; set; }
    public List<StoredDiffFactRecord> Facts { get; set; } = [];
    public List<StoredDiffFileRecord> Files { get; set; } = [];
    public List<StoredDiffRevisionRecord> Revisions { get; set; } = [];
}

/// <summary>A fact of a stored diff; <see cref="Section"/> is "facts" or "comingNext".</summary>
public sealed class StoredDiffFactRecord : IFactColumns
{
    public long Id { get; set; }
    public long DiffId { get; set; }
    public required string Section { get; set; }
    public int Ordinal { get; set; }
    public string? PageVersion { get; set; }
    public string Kind { get; set; } = "";
    public string Version { get; set; } = "";
    public string? LastVersion { get; set; }
    public string? AnnouncedIn { get; set; }
    public string? EffectiveVersion { get; set; }
    public string Subject { get; set; } = "";
    public string? Os { get; set; }
    public string? OsVersion { get; set; }
    public string? Port { get; set; }
    public bool Experimental { get; set; }
    public string? Component { get; set; }
    public string? Category { get; set; }
    public string Summary { get; set; } = "";
    public string Source { get; set; } = "";
    public string Evidence { get; set; } = "";
    public string Rule { get; set; } = "";
    public string FactId { get; set; } = "";
    public string? RenamedTo { get; set; }
    public string? Area { get; set; }
    public string? Minimum { get; set; }
    public string? Godebug { get; set; }
    public string Symbols { get; set; } = "";
    public bool Breaking { get; set; }
    public bool Tentative { get; set; }
    public string? Status { get; set; }
    public string? ResolvedIn { get; set; }
}

public sealed class StoredDiffFileRecord
{
    public long Id { get; set; }
    public long DiffId { get; set; }
    public required string Os { get; set; }
    public required string Arch { get; set; }
    public string Kind { get; set; } = "";
    public string? FromFile { get; set; }
    public long? FromBytes { get; set; }
    public string? ToFile { get; set; }
    public long? ToBytes { get; set; }
    public long? DeltaBytes { get; set; }
}

/// <summary>A minor revision of a stored diff, flagged and without a date as in <see cref="RevisionRecord"/>.</summary>
public sealed class StoredDiffRevisionRecord
{
    public long Id { get; set; }
    public long DiffId { get; set; }
    public string Version { get; set; } = "";
    public DateOnly? Date { get; set; }
    public bool Security { get; set; }
    public bool ShouldNotBeUsed { get; set; }
}
