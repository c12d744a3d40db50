using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs;

/// <summary>The order in which diffs list fact kinds: platform changes first, features last.</summary>
public static class FactOrder
{
    public static IReadOnlyList<FactKind> Kinds { get; } =
    [
        FactKind.PortAdded,
        FactKind.PortRemoved,
        FactKind.OsSupportEnded,
        FactKind.Removal,
        FactKind.Deprecation,
        FactKind.Feature,
    ];

    public static int KindRank(FactKind kind)
    {
        for (var i = 0; i < Kinds.Count; i++)
            if (Kinds[i] == kind) return i;
        return Kinds.Count;
    }
}
