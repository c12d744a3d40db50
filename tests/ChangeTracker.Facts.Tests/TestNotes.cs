using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Facts.Tests;

/// <summary>Builds small release notes from sentences we write ourselves, one section per paragraph.</summary>
public static class TestNotes
{
    public static ReleaseNotes Page(string version, params (string Heading, NotesCategory Category, string? Component, string Text)[] paragraphs)
    {
        var sections = paragraphs.Select((p, i) =>
        {
            var anchor = p.Heading.ToLowerInvariant().Replace(' ', '-');
            var item = new NotesItem(i, anchor, p.Category, p.Component, p.Text, $"<p>{p.Text}</p>");
            return new NotesSection(i, anchor, p.Heading, p.Heading, 3, p.Category, p.Component, [item]);
        }).ToList();
        return new ReleaseNotes(GoVersion.Parse(version), $"Go {version} Release Notes", sections);
    }

    public static IReadOnlyList<Fact> Facts(string version, string heading, NotesCategory category, string text, string? component = null) =>
        Extract(Page(version, (heading, category, component, text))).Where(f => f.Kind != FactKind.Feature).ToList();

    /// <summary>Every fact (features too) of a page of one section.</summary>
    public static IReadOnlyList<Fact> Facts(NotesSection section, string version = "1.40") =>
        Extract(new ReleaseNotes(GoVersion.Parse(version), $"Go {version} Release Notes", [section]));

    private static IReadOnlyList<Fact> Extract(ReleaseNotes notes) =>
        FactExtractor.Extract(notes, new Uri($"https://go.dev/doc/{notes.Version.ToTag()}")).Facts;
}
