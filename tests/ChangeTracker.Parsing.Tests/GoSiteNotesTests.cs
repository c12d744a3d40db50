using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;

namespace ChangeTracker.Parsing.Tests;

/// <summary>Against the offline go.dev copy, read at run time (never copied into the repository).</summary>
public class GoSiteNotesTests
{
    public static TheoryData<string> AllTags()
    {
        var data = new TheoryData<string> { "go1" };
        for (var n = 1; n <= 27; n++) data.Add($"go1.{n}");
        return data;
    }

    public static TheoryData<string> BothRenderings()
    {
        var data = new TheoryData<string>();
        for (var n = 1; n <= 21; n++) data.Add($"go1.{n}");
        return data;
    }

    private static ReleaseNotes Parse(string relative, string tag)
    {
        var result = ReleaseNotesParser.Parse(File.ReadAllText(GoSite.File(relative)), GoVersion.Parse(tag));
        Assert.True(result.IsSuccess, $"{relative}: {result.Error}");
        return result.Value;
    }

    [GoSiteTheory]
    [MemberData(nameof(AllTags))]
    public void Every_current_page_parses_with_items(string tag)
    {
        var notes = Parse($"doc/{tag}.html", tag);
        Assert.Contains(GoVersion.Parse(tag).ToString(), notes.Title);
        Assert.True(notes.Items.Count() >= 20, $"{tag}: only {notes.Items.Count()} items");
        Assert.Contains(notes.Sections, s => s.Category == NotesCategory.MinorLibraryChanges);
        Assert.Contains(notes.Items, i => i.Category == NotesCategory.MinorLibraryChanges && i.Component is not null);
        Assert.All(notes.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
        Assert.All(notes.Items, i => Assert.DoesNotContain("<!--", i.Html));
        Assert.Equal(notes.Items.Count(), notes.Items.Select(i => i.Ordinal).Distinct().Count());
    }

    [GoSiteTheory]
    [MemberData(nameof(BothRenderings))]
    public void Both_renderings_list_the_same_minor_library_packages(string tag)
    {
        var current = MinorPackages(Parse($"doc/{tag}.html", tag));
        var historic = MinorPackages(Parse($"historic/doc/{tag}.html", tag));
        Assert.True(current.SetEquals(historic),
            $"{tag}: only in doc/: [{string.Join(", ", current.Except(historic))}]; only in historic/doc/: [{string.Join(", ", historic.Except(current))}]");
        Assert.NotEmpty(current);
    }

    [GoSiteTheory]
    [MemberData(nameof(BothRenderings))]
    public void Both_renderings_have_the_same_h2_sections_and_categories(string tag)
    {
        static HashSet<string> Top(ReleaseNotes n) =>
            n.Sections.Where(s => s.Level == 2).Select(s => $"{s.Anchor}:{s.Category}").ToHashSet();
        var current = Top(Parse($"doc/{tag}.html", tag));
        var historic = Top(Parse($"historic/doc/{tag}.html", tag));
        Assert.True(current.SetEquals(historic),
            $"{tag}: only in doc/: [{string.Join(", ", current.Except(historic))}]; only in historic/doc/: [{string.Join(", ", historic.Except(current))}]");
    }

    [GoSiteTheory]
    [MemberData(nameof(BothRenderings))]
    public void Both_renderings_have_the_same_h3_sections_once_slashes_are_spelled_alike(string tag)
    {
        // goldmark cannot keep "/" in an id: historic "crypto/ed25519" is "crypto_ed25519" today.
        static HashSet<string> Sub(ReleaseNotes n) =>
            n.Sections.Where(s => s.Level == 3).Select(s => $"{s.Anchor.Replace('/', '_')}:{s.Category}:{s.Component}").ToHashSet();
        var current = Sub(Parse($"doc/{tag}.html", tag));
        var historic = Sub(Parse($"historic/doc/{tag}.html", tag));
        if (tag == "go1.21") current.Remove("arm:Ports:"); // the ARM port note was added to go1.21.md after the conversion
        Assert.True(current.SetEquals(historic),
            $"{tag}: only in doc/: [{string.Join(", ", current.Except(historic))}]; only in historic/doc/: [{string.Join(", ", historic.Except(current))}]");
    }

    [GoSiteFact]
    public void Go1_12_has_the_facts_the_seed_post_names()
    {
        var notes = Parse("doc/go1.12.html", "go1.12");
        var sections = notes.Sections.ToDictionary(s => s.Anchor);
        Assert.Equal(NotesCategory.Ports, sections["darwin"].Category);
        Assert.Equal("Ports > Darwin", sections["darwin"].HeadingPath);
        Assert.Contains(sections["darwin"].Items, i => i.Text.Contains("macOS 10.10"));
        Assert.Equal("modules", sections["modules"].Component);
        Assert.Equal("vet", sections["vet"].Component);
        Assert.Equal("godoc", sections["godoc"].Component);
        Assert.Equal(NotesCategory.Compiler, sections["compiler"].Category);
        Assert.Equal(NotesCategory.Library, sections["tls_1_3"].Category);
        var tls = Assert.Single(notes.Items, i => i.Category == NotesCategory.MinorLibraryChanges && i.Component == "crypto/tls");
        Assert.Equal("cryptotlspkgcryptotls", tls.Anchor);
        Assert.DoesNotContain("crypto/tls crypto/tls", tls.Text);
        Assert.Contains("https://go.dev/pkg/crypto/tls/", tls.Html);
    }

    [GoSiteFact]
    public void Old_list_entries_in_go1_3_all_name_a_package()
    {
        var notes = Parse("doc/go1.3.html", "go1.3");
        var entries = notes.Sections.Single(s => s.Anchor == "minor_library_changes").Items.Skip(1).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, i => Assert.NotNull(i.Component));
        Assert.Contains(entries, i => i.Component == "fmt"); // named only in words, no link
    }

    private static HashSet<(string, string)> MinorPackages(ReleaseNotes notes) =>
        notes.Items.Where(i => i.Category == NotesCategory.MinorLibraryChanges && i.Component is not null)
            .Select(i => (notes.Version.ToString(), i.Component!)).ToHashSet();
}
