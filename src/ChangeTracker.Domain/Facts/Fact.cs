using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Facts;

/// <summary>
/// A normalized fact taken from the notes (see DESIGN.md "Facts"). <see cref="Version"/> is the release
/// the fact takes effect in: the first release without support for removals, the introducing release
/// for features and ports added, the announcing release for deprecations.
/// </summary>
public sealed record Fact
{
    public required FactKind Kind { get; init; }
    public required GoVersion Version { get; init; }
    public GoVersion? LastVersion { get; init; }
    public GoVersion? AnnouncedIn { get; init; }
    public GoVersion? EffectiveVersion { get; init; }
    public required string Subject { get; init; }
    public string? Os { get; init; }
    public string? OsVersion { get; init; }
    public string? Port { get; init; }
    public bool Experimental { get; init; }
    public string? Component { get; init; }
    public string? Category { get; init; }
    public required string Summary { get; init; }

    /// <summary>Page URL with the heading anchor: https://go.dev/doc/go1.12#darwin.</summary>
    public required string Source { get; init; }

    /// <summary>The sentence or item text the fact was taken from.</summary>
    public required string Evidence { get; init; }

    /// <summary>The name of the rule that produced the fact, for debugging and tests.</summary>
    public string Rule { get; init; } = "";
}

public enum FactKind
{
    Feature,
    PortAdded,
    PortRemoved,
    OsSupportEnded,
    Removal,
    Deprecation,
}

public static class FactKindNames
{
    public static string ToName(this FactKind kind) => kind switch
    {
        FactKind.Feature => "feature",
        FactKind.PortAdded => "port_added",
        FactKind.PortRemoved => "port_removed",
        FactKind.OsSupportEnded => "os_support_ended",
        FactKind.Removal => "removal",
        _ => "deprecation",
    };

    public static bool TryParse(string? name, out FactKind kind)
    {
        foreach (var k in Enum.GetValues<FactKind>())
        {
            if (string.Equals(k.ToName(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
