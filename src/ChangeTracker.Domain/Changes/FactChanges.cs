using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Domain.Changes;

/// <summary>
/// Compares the facts one page gave before an ingestion with the facts it gives now, by stable id: new ids are added,
/// missing ids withdrawn, the same id with other text changed. Re-extracting unchanged text gives no changes.
/// </summary>
public static class FactChanges
{
    public static IReadOnlyList<FactChange> Between(IReadOnlyList<Fact> before, IReadOnlyList<Fact> after)
    {
        var old = before.Where(f => f.Id.Length > 0).GroupBy(f => f.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.Where(f => f.Id.Length > 0).GroupBy(f => f.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = new List<FactChange>();
        foreach (var fact in after.Where(f => now.ContainsKey(f.Id)).DistinctBy(f => f.Id))
        {
            if (!old.TryGetValue(fact.Id, out var previous)) changes.Add(Of(FactChangeKind.Added, fact, null));
            else if (!SameText(previous, fact)) changes.Add(Of(FactChangeKind.Changed, fact, previous.Summary));
        }
        changes.AddRange(before.Where(f => old.ContainsKey(f.Id) && !now.ContainsKey(f.Id)).DistinctBy(f => f.Id)
            .Select(f => Of(FactChangeKind.Withdrawn, f, null)));
        return changes;
    }

    /// <summary>What a reader sees of a fact: its text and the fields a report prints.</summary>
    public static bool SameText(Fact a, Fact b) =>
        a.Kind == b.Kind && a.Version == b.Version && a.LastVersion == b.LastVersion && a.AnnouncedIn == b.AnnouncedIn
        && a.EffectiveVersion == b.EffectiveVersion && a.Summary == b.Summary && a.Evidence == b.Evidence
        && a.Subject == b.Subject && a.Godebug == b.Godebug && a.Minimum == b.Minimum && a.RenamedTo == b.RenamedTo
        && a.Breaking == b.Breaking && a.Tentative == b.Tentative && a.Symbols.Equals(b.Symbols) && a.Source == b.Source;

    private static FactChange Of(FactChangeKind change, Fact fact, string? previousSummary) =>
        new(change, fact.Id, (fact.Page ?? fact.AnnouncedIn ?? fact.Version).Line, fact.Kind, fact.Version, fact.Subject,
            fact.Summary, previousSummary, fact.Source);
}
