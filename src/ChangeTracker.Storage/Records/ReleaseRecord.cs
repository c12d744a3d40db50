namespace ChangeTracker.Storage.Records;

/// <summary>A major release line (1.12): its date from the history and, once ingested, its notes page.</summary>
public sealed class ReleaseRecord
{
    public long Id { get; set; }
    public required string Version { get; set; }
    public long SortKey { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public string? Title { get; set; }
    public string? NotesUrl { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset? IngestedAt { get; set; }
    public List<SectionRecord> Sections { get; set; } = [];
    public List<ItemRecord> Items { get; set; } = [];
}

public sealed class SectionRecord
{
    public long Id { get; set; }
    public long ReleaseId { get; set; }
    public int Ordinal { get; set; }
    public required string Anchor { get; set; }
    public required string Title { get; set; }
    public required string HeadingPath { get; set; }
    public int Level { get; set; }
    public required string Category { get; set; }
    public string? Component { get; set; }
}

public sealed class ItemRecord
{
    public long Id { get; set; }
    public long ReleaseId { get; set; }
    public int SectionOrdinal { get; set; }
    public int Ordinal { get; set; }
    public required string Anchor { get; set; }
    public required string Category { get; set; }
    public string? Component { get; set; }
    /// <summary>The title of the item's section ("TLS 1.3", "Modules"), indexed for search with a higher weight.</summary>
    public string? Heading { get; set; }
    public required string Text { get; set; }
    public required string Html { get; set; }
}
