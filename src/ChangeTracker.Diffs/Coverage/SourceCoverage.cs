using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs.Coverage;

/// <summary>What the stored sources cover: the releases the downloads feed lists files for, and the major lines whose notes page is stored.</summary>
public sealed record SourceCoverage(IReadOnlySet<GoVersion> ReleasesWithFiles, IReadOnlySet<GoVersion> LinesWithNotes)
{
    /// <summary>The newest release with files, where the downloads data ends.</summary>
    public GoVersion? LastReleaseWithFiles => ReleasesWithFiles.Count == 0 ? null : ReleasesWithFiles.Max();
}
