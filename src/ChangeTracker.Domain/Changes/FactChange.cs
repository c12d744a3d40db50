using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Changes;

/// <summary>
/// One change to the data: a fact of a notes page added, changed or withdrawn by an ingestion. <see cref="Summary"/> is
/// the fact's text after the change (before it, for a withdrawal); <see cref="PreviousSummary"/> the text before a change.
/// </summary>
public sealed record FactChange(
    FactChangeKind Change,
    string FactId,
    GoVersion Page,
    FactKind Kind,
    GoVersion Version,
    string Subject,
    string Summary,
    string? PreviousSummary,
    string Source);
