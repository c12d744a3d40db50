using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs;

/// <summary>The order in which diffs list fact kinds: the catalogue's report order, what can break first, features last.</summary>
public static class FactOrder
{
    public static IReadOnlyList<FactKind> Kinds => FactKinds.InReportOrder;

    public static int KindRank(FactKind kind) => FactKinds.ReportRank(kind);
}
