using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Facts;

/// <summary>
/// A normalized fact taken from the notes (see DESIGN.md "Facts"). <see cref="Version"/> is the release
/// the fact takes effect in: the first release without support for removals, the introducing release
/// for features and ports added, the announcing release for deprecations.
/// </summary>
public sealed record Fact
{
    /// <summary>Stable identity: the page, anchor, kind and subject it was stated with ("1.12-darwin-os_support_ended-macos-10.10").</summary>
    public string Id { get; init; } = "";

    public required FactKind Kind { get; init; }
    public required GoVersion Version { get; init; }
    public GoVersion? LastVersion { get; init; }
    public GoVersion? AnnouncedIn { get; init; }
    public GoVersion? EffectiveVersion { get; init; }
    public required string Subject { get; init; }
    public string? Os { get; init; }
    public string? OsVersion { get; init; }
    public string? Port { get; init; }

    /// <summary>For <see cref="FactKind.PortRenamed"/>: the port's new name (<see cref="Port"/> is the old one).</summary>
    public string? RenamedTo { get; init; }

    public bool Experimental { get; init; }

    /// <summary>For <see cref="FactKind.RequirementRaised"/>: cpu, kernel, toolchain or runtime.</summary>
    public string? Area { get; init; }

    /// <summary>For <see cref="FactKind.RequirementRaised"/>: the new minimum as the notes state it ("Go 1.17.13", "SSE2").</summary>
    public string? Minimum { get; init; }

    /// <summary>For <see cref="FactKind.BehaviorChange"/>: the GODEBUG setting that restores the old behaviour.</summary>
    public string? Godebug { get; init; }

    public Symbols Symbols { get; init; } = Symbols.None;
    public string? Component { get; init; }
    public string? Category { get; init; }

    /// <summary>True when crossing the fact can stop a build or change what a running program does.</summary>
    public bool Breaking { get; init; }

    /// <summary>True for a hedged announcement ("will likely", "may", "plans to").</summary>
    public bool Tentative { get; init; }

    /// <summary>For forward announcements: what later notes decided; null for facts stated as already true.</summary>
    public AnnouncementStatus? Status { get; init; }

    /// <summary>The release that did what an announcement said (status done).</summary>
    public GoVersion? ResolvedIn { get; init; }

    public required string Summary { get; init; }

    /// <summary>Page URL with the heading anchor: https://go.dev/doc/go1.12#darwin.</summary>
    public required string Source { get; init; }

    /// <summary>The sentence or item text the fact was taken from.</summary>
    public required string Evidence { get; init; }

    /// <summary>The release whose notes page stated the fact (the page it is stored with).</summary>
    public GoVersion? Page { get; init; }

    /// <summary>The name of the rule that produced the fact (rules, when several agreed or contradicted), for debugging and tests.</summary>
    public string Rule { get; init; } = "";

    /// <summary>
    /// True when a report may present the fact as having happened in <see cref="Version"/>: not a pending or
    /// withdrawn announcement, not an unconfirmed hedge. A deprecation is itself the statement, so it always has.
    /// </summary>
    public bool HasHappened => Kind.IsAnnouncement() || (Status is { } status ? status == AnnouncementStatus.Done : !Tentative);
}
