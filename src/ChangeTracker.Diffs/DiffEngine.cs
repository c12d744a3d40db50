using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>
/// Computes the diff between two Go versions from loaded facts, files and revisions (DESIGN.md "Diffs").
/// Facts belong to major lines: a diff covers the facts whose line lies in (A.Line, B.Line]. Sizes and
/// revisions belong to exact releases: a line stands for its first release (see <see cref="ReleaseFor"/>).
/// </summary>
public static class DiffEngine
{
    /// <summary>
    /// The release whose files and revisions a version stands for: a line's first release
    /// (1.12 → 1.12, 1.21 → 1.21.0), or the exact release (1.12.5, 1.21rc1) itself.
    /// </summary>
    public static GoVersion ReleaseFor(GoVersion version) => version.IsLine ? version.FirstRelease : version;

    /// <summary>
    /// The diff from <paramref name="from"/> to <paramref name="to"/>. When from &gt; to the result is a downgrade with
    /// the facts of (to, from]; when both name the same release it is empty.
    /// </summary>
    /// <exception cref="UnknownVersionException">Either version belongs to no known line, or names a revision that does not exist.</exception>
    public static VersionDiff Compute(GoVersion from, GoVersion to, DiffInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        VersionValidator.Validate(from, input);
        VersionValidator.Validate(to, input);

        if (ReleaseFor(from) == ReleaseFor(to))
            return new VersionDiff { From = from, To = to };

        var downgrade = from > to;
        var lower = downgrade ? to : from;
        var upper = downgrade ? from : to;
        var lowerRelease = ReleaseFor(lower);
        var upperRelease = ReleaseFor(upper);

        return new VersionDiff
        {
            From = from,
            To = to,
            IsDowngrade = downgrade,
            MajorsCrossed = input.KnownLines.Select(l => l.Line).Distinct()
                .Where(l => FactSelector.InLineInterval(l, lower, upper)).Order().ToList(),
            Facts = FactSelector.Facts(input.Facts, lower, upper),
            ComingNext = FactSelector.ComingNext(input.Facts, lower, upper),
            Distribution = DistributionMatcher.Match(input.FromFiles, input.ToFiles),
            Revisions = input.Revisions
                .Where(r => r.Version > lowerRelease && r.Version <= upperRelease)
                .DistinctBy(r => r.Version)
                .OrderBy(r => r.Version)
                .ToList(),
        };
    }
}
