namespace ChangeTracker.Domain.Facts;

/// <summary>
/// The catalogue of fact kinds (DESIGN.md "Facts"): one row per kind, read by the rules, storage, diffs, renderers,
/// queries and the feed. A new kind is a row here plus the rules that find it.
/// </summary>
public static class FactKinds
{
    public static IReadOnlyList<FactKindInfo> All { get; } =
    [
        new(FactKind.PortRemoved, "port_removed", "port removed", 10, true, "Ports removed", "Ports regained",
            ["port", "lastVersion"], f => $"port {f.Port ?? f.Subject} removed"),
        new(FactKind.PortRenamed, "port_renamed", "port renamed", 11, true, "Ports renamed", "Port renames undone",
            ["port", "renamedTo"], f => $"port {f.Port ?? f.Subject} renamed to {f.RenamedTo ?? "?"}"),
        new(FactKind.PortBroken, "port_broken", "port broken", 12, true, "Ports marked broken", "Ports no longer marked broken",
            ["port"], f => $"port {f.Port ?? f.Subject} marked broken"),
        new(FactKind.PortBinariesDropped, "port_binaries_dropped", "binaries dropped", 13, true, "Binary downloads dropped", "Binary downloads regained",
            ["port", "lastVersion"], f => $"no more binary downloads for {f.Port ?? f.Subject}"),
        new(FactKind.OsSupportEnded, "os_support_ended", "OS support ended", 20, true, "OS support ended", "OS support regained",
            ["os", "osVersion", "lastVersion"], f => $"support for {f.Subject} ended"),
        new(FactKind.RequirementRaised, "requirement_raised", "requirement raised", 30, true, "Requirements raised", "Requirements lowered",
            ["area", "minimum"], f => $"{f.Area ?? "requirement"}: needs {f.Minimum ?? f.Subject}"),
        new(FactKind.Removal, "removal", "removal", 40, true, "Removals", "Removals undone (regained)",
            ["lastVersion"], f => $"removed: {f.Subject}"),
        new(FactKind.BehaviorChange, "behavior_change", "behavior change", 50, true, "Behavior changes", "Behavior changes undone",
            ["godebug"], f => $"behaves differently: {f.Subject}"),
        new(FactKind.PortAdded, "port_added", "port added", 60, false, "Ports added", "Ports lost",
            ["port", "experimental"], f => $"new port {f.Port ?? f.Subject}{(f.Experimental ? " (experimental)" : "")}"),
        new(FactKind.Deprecation, "deprecation", "deprecation", 70, false, "Deprecations", "Deprecations left behind",
            ["effectiveVersion"], f => $"deprecated: {f.Subject}"),
        new(FactKind.Feature, "feature", "feature", 90, false, "Features", "Features lost",
            ["component", "symbols"], f => $"{f.Component ?? f.Subject}: {f.Summary}"),
    ];

    private static readonly Dictionary<FactKind, FactKindInfo> ByKind = All.ToDictionary(k => k.Kind);
    private static readonly Dictionary<string, FactKindInfo> ByName = All.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Kinds in report order: what can break first, features last.</summary>
    public static IReadOnlyList<FactKind> InReportOrder { get; } = All.OrderBy(k => k.ReportOrder).Select(k => k.Kind).ToList();

    public static IReadOnlyList<string> Names { get; } = All.OrderBy(k => k.ReportOrder).Select(k => k.Name).ToList();

    /// <summary>The names in report order, as one constant for attributes and help texts (a test keeps it equal to <see cref="Names"/>).</summary>
    public const string NamesText =
        "port_removed, port_renamed, port_broken, port_binaries_dropped, os_support_ended, requirement_raised, removal, behavior_change, port_added, deprecation, feature";

    /// <summary>The row of a kind; a kind without a row is a bug, never silently another kind.</summary>
    public static FactKindInfo Of(FactKind kind) =>
        ByKind.TryGetValue(kind, out var info) ? info : throw new InvalidOperationException($"fact kind {kind} has no catalogue row");

    public static string ToName(this FactKind kind) => Of(kind).Name;

    public static bool TryParse(string? name, out FactKind kind)
    {
        if (name is not null && ByName.TryGetValue(name.Trim(), out var info))
        {
            kind = info.Kind;
            return true;
        }
        kind = default;
        return false;
    }

    public static int ReportRank(FactKind kind) => Of(kind).ReportOrder;

    public static bool BreaksByDefault(this FactKind kind) => Of(kind).Breaking;

    /// <summary>See <see cref="FactKindInfo.IsAnnouncement"/>.</summary>
    public static bool IsAnnouncement(this FactKind kind) => Of(kind).IsAnnouncement;

    /// <summary>See <see cref="FactKindInfo.GroupsByComponent"/>.</summary>
    public static bool GroupsByComponent(this FactKind kind) => Of(kind).GroupsByComponent;
}
