namespace ChangeTracker.Domain.Notes;

/// <summary>The part of the release notes an item belongs to, from its h2/h3 headings.</summary>
public enum NotesCategory
{
    Introduction,
    Language,
    Ports,
    Tools,
    Runtime,
    Compiler,
    Linker,
    Library,
    MinorLibraryChanges,
    Performance,
    Other,
}

public static class NotesCategoryNames
{
    /// <summary>The stable lower-case name used in JSON, CSV and the database.</summary>
    public static string ToName(this NotesCategory category) => category switch
    {
        NotesCategory.Introduction => "introduction",
        NotesCategory.Language => "language",
        NotesCategory.Ports => "ports",
        NotesCategory.Tools => "tools",
        NotesCategory.Runtime => "runtime",
        NotesCategory.Compiler => "compiler",
        NotesCategory.Linker => "linker",
        NotesCategory.Library => "library",
        NotesCategory.MinorLibraryChanges => "minor library changes",
        NotesCategory.Performance => "performance",
        _ => "other",
    };

    public static NotesCategory FromName(string name) =>
        Enum.GetValues<NotesCategory>().FirstOrDefault(c => c.ToName() == name, NotesCategory.Other);
}
