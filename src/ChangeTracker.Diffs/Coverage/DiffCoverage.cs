using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs.Coverage;

/// <summary>
/// Says where the sources do not cover a diff, instead of reporting things as gone: a release the downloads feed has
/// no files for (its size rows are left out: nothing was dropped, the data ends), a major line whose notes page is not
/// stored (its facts are missing, not absent).
/// </summary>
public static class DiffCoverage
{
    public static VersionDiff Apply(VersionDiff diff, SourceCoverage coverage)
    {
        if (DiffEngine.ReleaseFor(diff.From) == DiffEngine.ReleaseFor(diff.To)) return diff;
        var notes = new List<CoverageNote>();
        var fromRelease = DiffEngine.ReleaseFor(diff.From);
        var toRelease = DiffEngine.ReleaseFor(diff.To);
        var fromMissing = !coverage.ReleasesWithFiles.Contains(fromRelease);
        var toMissing = !coverage.ReleasesWithFiles.Contains(toRelease);
        if (fromMissing) notes.Add(NoFiles(fromRelease, coverage));
        if (toMissing && toRelease != fromRelease) notes.Add(NoFiles(toRelease, coverage));
        foreach (var line in diff.MajorsCrossed.Where(l => !coverage.LinesWithNotes.Contains(l)))
            notes.Add(new CoverageNote(CoverageNote.ReleaseNotes, line.ToString(),
                $"no release-notes page for Go {line} is stored, so its facts are missing from this report (not absent from Go)"));

        var distribution = fromMissing || toMissing ? [] : diff.Distribution;
        return diff with { Coverage = notes, Distribution = distribution };
    }

    private static CoverageNote NoFiles(GoVersion release, SourceCoverage coverage) =>
        new(CoverageNote.Downloads, release.ToString(),
            $"the downloads feed lists no files for go{release}" +
            (coverage.LastReleaseWithFiles is { } last ? $" (its data ends at go{last})" : "") +
            "; download sizes are not compared");
}
