using ChangeTracker.Diffs.Coverage;
using ChangeTracker.Diffs.Json;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>
/// The result of <see cref="DiffEngine.Compute"/>. For a downgrade (<see cref="IsDowngrade"/>) the facts are those of
/// the upgrade from <see cref="To"/> to <see cref="From"/>: what the downgrade loses or regains.
/// </summary>
public sealed record VersionDiff
{
    public required GoVersion From { get; init; }
    public required GoVersion To { get; init; }
    public bool IsDowngrade { get; init; }

    /// <summary>The lower end of the interval (exclusive): From for an upgrade, To for a downgrade.</summary>
    public GoVersion Lower => IsDowngrade ? To : From;

    /// <summary>The upper end of the interval (inclusive).</summary>
    public GoVersion Upper => IsDowngrade ? From : To;

    /// <summary>The known major lines in (Lower.Line, Upper.Line], ascending.</summary>
    public IReadOnlyList<GoVersion> MajorsCrossed { get; init; } = [];

    /// <summary>The facts whose version lies in the interval, ordered by kind, component, version and subject.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Announcements made in the interval that take effect after its upper end, by effective version.</summary>
    public IReadOnlyList<Fact> ComingNext { get; init; } = [];

    public IReadOnlyList<DistributionChange> Distribution { get; init; } = [];

    /// <summary>Minor revisions in the interval, ascending.</summary>
    public IReadOnlyList<MinorRevision> Revisions { get; init; } = [];

    /// <summary>Where a source does not cover a release of this diff (set by <see cref="DiffCoverage"/>).</summary>
    public IReadOnlyList<CoverageNote> Coverage { get; init; } = [];

    /// <summary>The narrowing applied (targets, breaking only), or null for the whole diff.</summary>
    public DiffFilter? Filter { get; init; }

    /// <summary>With targets: which of them a fact of this diff takes away, and where.</summary>
    public IReadOnlyList<TargetLoss> TargetLosses { get; init; } = [];

    /// <summary><see cref="Facts"/> grouped by kind and component, in the same order.</summary>
    public IReadOnlyList<FactGroup> FactGroups =>
        Facts.GroupBy(f => (f.Kind, f.Component))
            .Select(g => new FactGroup(g.Key.Kind, g.Key.Component, g.ToList()))
            .ToList();

    public bool IsEmpty => Facts.Count == 0 && ComingNext.Count == 0 && Distribution.Count == 0 && Revisions.Count == 0;

    public IEnumerable<Fact> FactsOfKind(FactKind kind) => Facts.Where(f => f.Kind == kind);

    /// <summary>The JSON contract of DESIGN.md "Diffs".</summary>
    public DiffJson ToDto() => DiffJson.Create(this);
}
