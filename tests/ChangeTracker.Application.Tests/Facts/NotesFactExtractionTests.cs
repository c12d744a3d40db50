using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Tests.Facts;

public sealed class NotesFactExtractionTests
{
    [Fact]
    public void Extraction_that_throws_is_an_error_naming_the_page_not_a_crash()
    {
        var item = new NotesItem(0, "tools", NotesCategory.Tools, "go command", null!, "<p>broken</p>");
        var notes = new ReleaseNotes(GoVersion.Parse("1.40"), "Go 1.40 Release Notes",
            [new NotesSection(0, "tools", "Tools", "Tools", 2, NotesCategory.Tools, "go command", [item])]);

        var result = NotesFactExtraction.Extract(notes, new Uri("https://go.dev/doc/go1.40"));

        Assert.Empty(result.Facts);
        Assert.NotNull(result.Error);
        Assert.Contains("https://go.dev/doc/go1.40", result.Error);
        Assert.StartsWith("facts:", result.Error);
    }
}
