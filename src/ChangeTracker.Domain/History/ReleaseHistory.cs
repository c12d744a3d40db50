using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.History;

/// <summary>The release-history page: every major release with its date and every minor revision.</summary>
public sealed record ReleaseHistory(IReadOnlyList<MajorRelease> Majors, IReadOnlyList<MinorRevision> Revisions);

/// <summary>A major release line as the history lists it: go1.12 (released 2019-02-25).</summary>
public sealed record MajorRelease(GoVersion Version, DateOnly Date);

/// <summary>
/// A minor revision (go1.12.1): its release date, the summary sentence(s), whether it carries security
/// fixes, and the components and packages the summary names. A revision the history flags as tagged but
/// not to be used (go1.7.2) is kept with <see cref="ShouldNotBeUsed"/> set; such a revision has no
/// release date (<see cref="Date"/> is null) unless the history gives one.
/// </summary>
public sealed record MinorRevision(
    GoVersion Version,
    DateOnly? Date,
    string Summary,
    bool Security,
    IReadOnlyList<string> Components,
    bool ShouldNotBeUsed);
