using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Notes;

/// <summary>One release-notes page (go.dev/doc/go1.N), parsed into sections and items.</summary>
public sealed record ReleaseNotes(GoVersion Version, string Title, IReadOnlyList<NotesSection> Sections)
{
    public IEnumerable<NotesItem> Items => Sections.SelectMany(s => s.Items);
}

/// <summary>
/// A heading of the notes and the items under it up to the next heading.
/// <paramref name="HeadingPath"/> joins the titles from the h2 down, e.g. "Ports › Darwin".
/// </summary>
public sealed record NotesSection(
    int Ordinal,
    string Anchor,
    string Title,
    string HeadingPath,
    int Level,
    NotesCategory Category,
    string? Component,
    IReadOnlyList<NotesItem> Items);

/// <summary>
/// One item of the notes: a paragraph, list entry or code block of a section, or a whole
/// package entry in the minor library changes. <paramref name="Anchor"/> is the nearest id
/// a link can point at (the item's own id, else its section's).
/// </summary>
public sealed record NotesItem(
    int Ordinal,
    string Anchor,
    NotesCategory Category,
    string? Component,
    string Text,
    string Html);
