namespace ChangeTracker.Diffs.Coverage;

/// <summary>One place where a source does not cover a release of the diff (DESIGN.md "Diffs": <c>coverage</c>).</summary>
public sealed record CoverageNote(string Source, string Version, string Note)
{
    public const string Downloads = "downloads";
    public const string ReleaseNotes = "release notes";
}
