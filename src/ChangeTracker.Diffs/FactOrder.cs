using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs;

/// <summary>The order in which diffs list fact kinds: the catalogue's report order, what can break first, features last.</summary>
public static class FactOrder
{
    public static IReadOnlyList<FactKind> Kinds => FactKinds.InReportOrder;

    public static int KindRank(FactKind kind) => FactKinds.ReportRank(kind);

    /// <summary>The kinds a report lists before "coming next": what can break, new ports, deprecations.</summary>
    public static IReadOnlyList<FactKind> BeforeComingNext { get; } = FactKinds.InReportOrder.Where(k => k != FactKind.Feature).ToList();

    /// <summary>The kinds a report lists after "coming next": the features, grouped by component.</summary>
    public static IReadOnlyList<FactKind> AfterComingNext { get; } = [FactKind.Feature];
}
