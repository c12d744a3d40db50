using System.Text.RegularExpressions;
using ChangeTracker.Domain.Notes;

namespace ChangeTracker.Parsing;

/// <summary>Maps heading titles to <see cref="NotesCategory"/>.</summary>
internal static partial class NotesCategories
{
    public static bool IsMinorLibraryHeading(string title) =>
        title.Contains("minor changes to the library", StringComparison.OrdinalIgnoreCase);

    /// <summary>The category an h2 opens.</summary>
    public static NotesCategory FromH2(string title)
    {
        var t = title.ToLowerInvariant();
        if (t.StartsWith("introduction", StringComparison.Ordinal)) return NotesCategory.Introduction;
        if (IsMinorLibraryHeading(t)) return NotesCategory.MinorLibraryChanges;
        if (t.Contains("language") || t.Contains("memory model")) return NotesCategory.Language;
        if (t.Contains("port") || t.Contains("operating system") || t.Contains("platform")) return NotesCategory.Ports;
        if (t.Contains("tools") || t.Contains("implementation") || t.Contains("command")
            || t is "assembler" or "objdump") return NotesCategory.Tools;
        if (t.Contains("runtime") || t.Contains("garbage collector")) return NotesCategory.Runtime;
        if (CompilerWord().IsMatch(t)) return NotesCategory.Compiler;
        if (t.Contains("linker")) return NotesCategory.Linker;
        if (t.Contains("library") || t.Contains("package hierarchy")) return NotesCategory.Library;
        if (t.Contains("performance")) return NotesCategory.Performance;
        return NotesCategory.Other;
    }

    /// <summary>The category of an h3/h4 under a parent of <paramref name="parent"/>: the parent's unless more specific.</summary>
    public static NotesCategory Refine(NotesCategory parent, string title)
    {
        var t = title.ToLowerInvariant().Trim();
        if (IsMinorLibraryHeading(t)) return NotesCategory.MinorLibraryChanges;
        if (parent != NotesCategory.Tools) return parent;
        if (CompilerWord().IsMatch(t)) return NotesCategory.Compiler;
        if (t.Contains("linker")) return NotesCategory.Linker;
        if (t is "runtime" or "changes to the runtime" || t.Contains("garbage collector")) return NotesCategory.Runtime;
        return parent;
    }

    [GeneratedRegex(@"\bcompiler\b")]
    private static partial Regex CompilerWord();
}
