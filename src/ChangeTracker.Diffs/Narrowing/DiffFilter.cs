namespace ChangeTracker.Diffs.Narrowing;

/// <summary>How a user narrows a diff: to the platforms they ship (<see cref="Targets"/>) and to what can break.</summary>
public sealed record DiffFilter(IReadOnlyList<DiffTarget> Targets, bool BreakingOnly)
{
    public static DiffFilter None { get; } = new([], false);

    public bool IsEmpty => Targets.Count == 0 && !BreakingOnly;

    public override string ToString() =>
        string.Join(", ", Targets.Select(t => t.ToString()).Append(BreakingOnly ? "breaking only" : null).OfType<string>());
}
