using System.Text.RegularExpressions;

namespace ChangeTracker.Parsing;

/// <summary>Turns a Tools heading ("Go command", "go tool vet no longer supported") into a tool name.</summary>
internal static partial class ToolNames
{
    private static readonly (Regex Pattern, string Name)[] Known =
    [
        (Word("vet"), "vet"),
        (Word("cgo"), "cgo"),
        (Word("gofmt"), "gofmt"),
        (Word("godoc"), "godoc"),
        (Word("pprof"), "pprof"),
        (Word("trace"), "trace"),
        (Word("cover|coverage"), "cover"),
        (Word("race"), "race detector"),
        (Word("assembler|assemblers|assembly|asm"), "assembler"),
        (Word("modules?"), "modules"),
        (Word("gccgo"), "gccgo"),
        (Word("compiler"), "compiler"),
        (Word("linker"), "linker"),
        (Word("objdump"), "objdump"),
        (Word("runtime"), "runtime"),
        (Word("go (?:command|tool|test|get|build|install|run|mod|list|fix|env|generate|doc|version|work|clean)"), "go command"),
    ];

    /// <summary>A known tool name for the heading, else its lower-case plain text.</summary>
    public static string Normalize(string headingText) =>
        KnownName(headingText) ?? headingText.Trim().ToLowerInvariant();

    public static string? KnownName(string headingText)
    {
        var lower = headingText.ToLowerInvariant();
        foreach (var (pattern, name) in Known)
            if (pattern.IsMatch(lower)) return name;
        return null;
    }

    private static Regex Word(string alternatives) =>
        new($@"(?<![\w/.-])(?:{alternatives})(?![\w/-])", RegexOptions.CultureInvariant);
}
