using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>Checks that a version belongs to a known line and, for a patch release, to a known revision.</summary>
internal static class VersionValidator
{
    public static void Validate(GoVersion version, DiffInput input)
    {
        var lines = input.KnownLines.Select(l => l.Line).Distinct().Order().ToList();
        var line = version.Line;
        if (!lines.Contains(line))
            throw new UnknownVersionException(version, Nearest(lines, line, earlier: true), Nearest(lines, line, earlier: false));

        // A patch release must be one the history lists, when the history knows that line at all.
        if (version.IsLine || version.IsPrerelease || version.Patch is not > 0) return;
        var releases = input.Revisions.Select(r => r.Version).Where(v => v.Line == line).ToList();
        if (releases.Count == 0 || releases.Contains(version)) return;
        releases.Add(line.FirstRelease);
        releases = releases.Distinct().Order().ToList();
        throw new UnknownVersionException(
            version,
            Nearest(releases, version, earlier: true),
            Nearest(releases, version, earlier: false),
            $"release of Go {line}");
    }

    private static GoVersion? Nearest(IReadOnlyList<GoVersion> sorted, GoVersion version, bool earlier)
    {
        if (earlier)
        {
            var below = sorted.Where(v => v < version).ToList();
            return below.Count == 0 ? null : below[^1];
        }
        var above = sorted.Where(v => v > version).ToList();
        return above.Count == 0 ? null : above[0];
    }
}
