using ChangeTracker.Diffs.Coverage;
using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Versions;
using Xunit;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests.Coverage;

/// <summary>Where the sources end, the report says so instead of calling every download "gone".</summary>
public sealed class DiffCoverageTests
{
    private static SourceCoverage Covered(string[] releasesWithFiles, string[] linesWithNotes) =>
        new(releasesWithFiles.Select(V).ToHashSet(), linesWithNotes.Select(V).ToHashSet());

    [Fact]
    public void A_release_without_files_is_a_coverage_note_not_a_list_of_dropped_downloads()
    {
        var diff = Diff("1.11", "1.12", Input(Go111Files, []));
        Assert.All(diff.Distribution, r => Assert.True(r.IsRemoved));

        var covered = DiffCoverage.Apply(diff, Covered(["1.10", "1.11"], ["1.11", "1.12"]));

        Assert.Empty(covered.Distribution);
        var note = Assert.Single(covered.Coverage);
        Assert.Equal(("downloads", "1.12"), (note.Source, note.Version));
        Assert.Contains("ends at go1.11", note.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_a_stored_notes_page_is_named()
    {
        var diff = Diff("1.11", "1.13", Input(Go111Files, Go112Files));
        var covered = DiffCoverage.Apply(diff, Covered(["1.11", "1.13"], ["1.11", "1.13"]));
        var note = Assert.Single(covered.Coverage, c => c.Source == "release notes");
        Assert.Equal("1.12", note.Version);
    }

    [Fact]
    public void Full_coverage_changes_nothing()
    {
        var diff = Diff("1.11", "1.12", Input(Go111Files, Go112Files));
        var covered = DiffCoverage.Apply(diff, Covered(["1.11", "1.12"], ["1.11", "1.12"]));
        Assert.Empty(covered.Coverage);
        Assert.Equal(diff.Distribution, covered.Distribution);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task Every_rendering_shows_the_coverage_note(string format)
    {
        var covered = DiffCoverage.Apply(Diff("1.11", "1.12", Input(Go111Files, [])), Covered(["1.11"], ["1.11", "1.12"]));
        var text = await RenderHelper.RenderAsync(format, covered);
        Assert.Contains("lists no files for go1.12", text, StringComparison.Ordinal);
    }
}
