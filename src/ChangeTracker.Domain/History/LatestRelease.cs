using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.History;

/// <summary>
/// The one rule for "the latest revision" of a major line: its newest revision that may be used, and the
/// line's first release (1.20, 1.27.0, go1) when it has none yet. A revision the history flags as not to be
/// used is never the latest.
/// </summary>
public static class LatestRelease
{
    /// <param name="line">The major line (1.12, 1.27); an exact version stands for its line.</param>
    /// <param name="revisions">Revisions of any lines; only those of <paramref name="line"/> count.</param>
    public static GoVersion Of(GoVersion line, IEnumerable<(GoVersion Version, bool ShouldNotBeUsed)> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        var latest = line.Line.FirstRelease;
        foreach (var (version, shouldNotBeUsed) in revisions)
        {
            if (!shouldNotBeUsed && !version.IsPrerelease && version.Line == line.Line && version > latest)
                latest = version;
        }
        return latest;
    }

    /// <inheritdoc cref="Of(GoVersion, IEnumerable{ValueTuple{GoVersion, bool}})"/>
    public static GoVersion Of(GoVersion line, IEnumerable<MinorRevision> revisions) =>
        Of(line, revisions.Select(r => (r.Version, r.ShouldNotBeUsed)));
}
