using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing.Tests;

public class ReleaseNotesParserTests
{
    private static readonly GoVersion V199 = GoVersion.Parse("1.99");

    private static ReleaseNotes Current() => ReleaseNotesParser.Parse(Fixture.Read("notes-current.html"), V199).GetValueOrThrow();

    private static ReleaseNotes Historic() => ReleaseNotesParser.Parse(Fixture.Read("notes-historic.html"), V199).GetValueOrThrow();

    [Fact]
    public void Reads_title_and_every_heading_as_a_section()
    {
        var notes = Current();
        Assert.Equal("Go 1.99 Release Notes", notes.Title);
        Assert.Equal(
            ["introduction", "language", "ports", "plan9", "tools", "go-command", "vet", "compiler", "runtime",
             "library", "widgets", "minor_library_changes", "bufiopkgbufio", "cryptotlspkgcryptotls"],
            notes.Sections.Select(s => s.Anchor));
        Assert.Equal(Enumerable.Range(1, notes.Sections.Count), notes.Sections.Select(s => s.Ordinal));
    }

    [Fact]
    public void Sections_carry_path_level_category_and_component()
    {
        var s = Current().Sections.ToDictionary(x => x.Anchor);
        Assert.Equal("Ports > Plan 9", s["plan9"].HeadingPath);
        Assert.Equal(3, s["plan9"].Level);
        Assert.Equal(NotesCategory.Ports, s["plan9"].Category);
        Assert.Null(s["plan9"].Component);
        Assert.Equal("go command", s["go-command"].Component);
        Assert.Equal("vet", s["vet"].Component);
        Assert.Equal(NotesCategory.Tools, s["vet"].Category);
        Assert.Equal(NotesCategory.Compiler, s["compiler"].Category);
        Assert.Equal(NotesCategory.Runtime, s["runtime"].Category);
        Assert.Equal(NotesCategory.Library, s["widgets"].Category);
        Assert.Equal(NotesCategory.MinorLibraryChanges, s["minor_library_changes"].Category);
        Assert.Equal("Standard library > Minor changes to the library > crypto/tls", s["cryptotlspkgcryptotls"].HeadingPath);
        Assert.Equal(4, s["cryptotlspkgcryptotls"].Level);
        Assert.Equal("crypto/tls", s["cryptotlspkgcryptotls"].Component);
        Assert.Equal(NotesCategory.Introduction, s["introduction"].Category);
        Assert.Equal(NotesCategory.Language, s["language"].Category);
    }

    [Fact]
    public void Package_heading_entry_is_exactly_one_item_without_the_heading_text()
    {
        var bufio = Assert.Single(Current().Sections.Single(s => s.Anchor == "bufiopkgbufio").Items);
        Assert.Equal("bufio", bufio.Component);
        Assert.Equal("bufiopkgbufio", bufio.Anchor);
        Assert.Equal("The Reader's new method is imaginary. A second imaginary bufio paragraph.", bufio.Text);
        Assert.DoesNotContain("<!--", bufio.Html);
        Assert.Contains("href=\"https://go.dev/pkg/bufio/#Reader\"", bufio.Html);
    }

    [Fact]
    public void Definition_list_entry_is_exactly_one_item_per_package()
    {
        var minor = Historic().Items.Where(i => i.Category == NotesCategory.MinorLibraryChanges && i.Component is not null).ToList();
        Assert.Equal(["bufio", "crypto/tls"], minor.Select(i => i.Component));
        Assert.Equal(["bufio", "crypto/tls"], minor.Select(i => i.Anchor));
        Assert.Equal("The Reader's new method is imaginary. A second imaginary bufio paragraph.", minor[0].Text);
    }

    [Fact]
    public void Items_are_paragraphs_list_entries_and_code_blocks_with_anchors()
    {
        var items = Current().Sections.Single(s => s.Anchor == "go-command").Items;
        Assert.Equal(3, items.Count);
        Assert.Equal(["go-command", "go-command", "second-detail"], items.Select(i => i.Anchor));
        Assert.All(items, i => Assert.Equal("go command", i.Component));
        var compiler = Current().Sections.Single(s => s.Anchor == "compiler").Items;
        Assert.Equal(2, compiler.Count);
        Assert.StartsWith("go build -pretend", compiler[1].Text);
    }

    [Fact]
    public void Library_items_take_the_package_of_their_first_link()
    {
        var item = Assert.Single(Current().Sections.Single(s => s.Anchor == "widgets").Items);
        Assert.Equal("widgets", item.Component);
    }

    [Fact]
    public void Typographic_quotes_become_ascii_so_both_renderings_read_the_same()
    {
        var intro = Current().Items.First();
        Assert.Equal("Go 1.99 is an imaginary release used only by these tests. It's \"small\" on purpose.", intro.Text);
        Assert.Equal(
            Historic().Items.Select(i => (i.Category, i.Component, i.Text)),
            Current().Items.Select(i => (i.Category, i.Component, i.Text)));
    }

    [Fact]
    public void Relative_links_resolve_against_the_page_on_go_dev()
    {
        var tls = Current().Items.Single(i => i.Component == "crypto/tls");
        Assert.Contains("href=\"https://go.dev/doc/go1.98#tls\"", tls.Html);
    }

    [Fact]
    public void Comments_scripts_and_site_chrome_are_not_items()
    {
        var text = string.Join("\n", Current().Items.Select(i => i.Text + i.Html));
        Assert.DoesNotContain("editors", text);
        Assert.DoesNotContain("Footer", text);
        Assert.DoesNotContain("tracker", text);
        Assert.DoesNotContain("margin", text);
        Assert.DoesNotContain("Site menu", string.Join(" ", Current().Sections.Select(s => s.Title)));
    }

    [Fact]
    public void Old_list_entries_are_package_entries_named_by_link_or_words()
    {
        var notes = ReleaseNotesParser.Parse(Fixture.Read("notes-list.html"), GoVersion.Parse("1.98")).GetValueOrThrow();
        var minor = notes.Items.Where(i => i.Category == NotesCategory.MinorLibraryChanges).ToList();
        Assert.Equal(4, minor.Count);
        Assert.Null(minor[0].Component); // the introductory paragraph
        Assert.Equal(["archive/zip", "net/http", "fmt"], minor.Skip(1).Select(i => i.Component));
    }

    [Fact]
    public void Content_before_the_first_heading_goes_into_a_leading_introduction()
    {
        const string html = "<html><body><main id=\"main-content\"><article><h1>Go 1.97 Release Notes</h1>" +
            "<p>Opening words of an invented page.</p><h2 id=\"tools\">Tools</h2><p>Tool words.</p></article></main></body></html>";
        var notes = ReleaseNotesParser.Parse(html, GoVersion.Parse("1.97")).GetValueOrThrow();
        var first = notes.Sections[0];
        Assert.Equal(NotesCategory.Introduction, first.Category);
        Assert.Equal("", first.Anchor);
        Assert.Equal("Opening words of an invented page.", Assert.Single(first.Items).Text);
    }

    [Fact]
    public void A_page_without_items_fails()
    {
        const string html = "<html><body><main id=\"main-content\"><article><h1>Go 1.97 Release Notes</h1><h2 id=\"x\">Empty</h2></article></main></body></html>";
        var result = ReleaseNotesParser.Parse(html, GoVersion.Parse("1.97"));
        Assert.False(result.IsSuccess);
        Assert.Contains("no release-notes items", result.Error);
    }
}
