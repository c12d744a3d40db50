using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs;

/// <summary>The facts of one kind and one component (null for facts without a component).</summary>
public sealed record FactGroup(FactKind Kind, string? Component, IReadOnlyList<Fact> Facts);
