namespace ChangeTracker.Storage.Records;

/// <summary>
/// A fact as the readers see it: linked across pages (an announcement and its later confirmation are one fact, with its
/// status decided). Written by the ingestion when it finishes, from the facts of every page; <see cref="PageVersion"/>
/// is the page the fact was first stated on.
/// </summary>
public sealed class LinkedFactRecord : IFactColumns
{
    public long Id { get; set; }
    public int Ordinal { get; set; }
    public string? PageVersion { get; set; }
    public string Kind { get; set; } = "";
    public string Version { get; set; } = "";
    public long VersionSortKey { get; set; }
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
