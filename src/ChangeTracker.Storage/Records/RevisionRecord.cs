namespace ChangeTracker.Storage.Records;

/// <summary>
/// A minor revision from the release history (go1.12.5). <see cref="ShouldNotBeUsed"/> marks one the history
/// flags as tagged but not to be used (go1.7.2); <see cref="Date"/> is null when it has no release date.
/// </summary>
public sealed class RevisionRecord
{
    public long Id { get; set; }
    public required string Version { get; set; }
    public required string Line { get; set; }
    public long SortKey { get; set; }
    public DateOnly? Date { get; set; }
    public required string Summary { get; set; }
    public bool Security { get; set; }
    public bool ShouldNotBeUsed { get; set; }
    public List<RevisionComponentRecord> Components { get; set; } = [];
}

public sealed class RevisionComponentRecord
{
    public long Id { get; set; }
    public long RevisionId { get; set; }
    public required string Name { get; set; }
}
