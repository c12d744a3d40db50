namespace ChangeTracker.Domain.Changes;

/// <summary>What one ingestion did to one fact of a page, compared with what the page gave before.</summary>
public enum FactChangeKind
{
    /// <summary>The page now gives a fact with an id it did not give before.</summary>
    Added,

    /// <summary>The same id, other text (summary, evidence or kind-specific fields).</summary>
    Changed,

    /// <summary>The page no longer gives a fact with this id.</summary>
    Withdrawn,
}

public static class FactChangeKindNames
{
    public static string ToName(this FactChangeKind kind) => kind switch
    {
        FactChangeKind.Added => "added",
        FactChangeKind.Changed => "changed",
        FactChangeKind.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown fact change kind"),
    };

    public static FactChangeKind FromName(string name) => name switch
    {
        "added" => FactChangeKind.Added,
        "changed" => FactChangeKind.Changed,
        "withdrawn" => FactChangeKind.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown fact change kind"),
    };

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<FactChangeKind>().Select(k => k.ToName())];
}
