namespace ChangeTracker.Storage.Records;

/// <summary>The columns of a stored fact, shared by the facts table and the facts of stored diffs.</summary>
public interface IFactColumns
{
    string Kind { get; set; }
    string Version { get; set; }
    string? LastVersion { get; set; }
    string? AnnouncedIn { get; set; }
    string? EffectiveVersion { get; set; }
    string Subject { get; set; }
    string? Os { get; set; }
    string? OsVersion { get; set; }
    string? Port { get; set; }
    bool Experimental { get; set; }
    string? Component { get; set; }
    string? Category { get; set; }
    string Summary { get; set; }
    string Source { get; set; }
    string Evidence { get; set; }
    string Rule { get; set; }
    string FactId { get; set; }
    string? RenamedTo { get; set; }
    string? Area { get; set; }
    string? Minimum { get; set; }
    string? Godebug { get; set; }

    /// <summary>The symbols, separated by spaces.</summary>
    string Symbols { get; set; }

    bool Breaking { get; set; }
    bool Tentative { get; set; }
    string? Status { get; set; }
    string? ResolvedIn { get; set; }
}
