using ChangeTracker.Modules.Source;

namespace ChangeTracker.Modules.GoMod;

/// <summary>What a go.mod or go.work says that an upgrade check needs: the module path, go and toolchain lines, godebug settings.</summary>
public sealed record GoModFile(string FileName, string? Module, string? Go, string? Toolchain, IReadOnlyList<GodebugSetting> Godebug)
{
    /// <summary>
    /// Reads the file line by line as the go command's modfile grammar has it: a directive and its arguments, or a
    /// directive followed by a parenthesised block of lines; // comments are ignored. Unknown directives are skipped.
    /// </summary>
    public static GoModFile Parse(string fileName, string text)
    {
        string? module = null, go = null, toolchain = null;
        var godebug = new List<GodebugSetting>();
        string? block = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            if (block is not null)
            {
                if (line == ")") block = null;
                else if (block == "godebug" && GodebugText.Parse(line) is { } inBlock) godebug.Add(inBlock with { Where = fileName });
                continue;
            }
            var (verb, rest) = Split(line);
            if (rest == "(")
            {
                block = verb;
                continue;
            }
            switch (verb)
            {
                case "module": module = Unquote(rest); break;
                case "go": go = rest; break;
                case "toolchain": toolchain = rest; break;
                case "godebug" when GodebugText.Parse(rest) is { } setting: godebug.Add(setting with { Where = fileName }); break;
            }
        }
        return new GoModFile(fileName, module, go, toolchain, godebug);
    }

    private static string StripComment(string line)
    {
        var at = line.IndexOf("//", StringComparison.Ordinal);
        return at >= 0 ? line[..at] : line;
    }

    private static (string Verb, string Arguments) Split(string line)
    {
        var at = line.IndexOfAny([' ', '\t', '(']);
        return at < 0 ? (line, "") : (line[..at], line[at..].Trim());
    }

    private static string Unquote(string text) => text.Length >= 2 && text[0] is '"' or '`' ? text[1..^1] : text;
}
