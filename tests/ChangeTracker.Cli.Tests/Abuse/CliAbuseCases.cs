using ChangeTracker.Testing.Abuse;
using FsCheck;
using FsCheck.Fluent;

namespace ChangeTracker.Cli.Tests.Abuse;

/// <summary>
/// FsCheck generators of argument vectors with junk in a slot the command validates: a version, a format, a kind, a
/// limit, a target, a module path, an unknown option or command. "J" marks the slot. Nothing here may write outside
/// a temp folder or run until stopped (worker only ever gets an unknown option).
/// </summary>
public static class CliAbuseCases
{
    private const string J = "\u0001J";

    private static readonly string[][] Templates =
    [
        [J], ["versions", J], ["versions", "--format", J], ["versions", "--frobnicate", J],
        ["facts", "--kind", J], ["facts", "--release", J], ["facts", "--format", J], ["facts", "--release", "1.12", "--format", J],
        ["facts", "--release", J, "--release", "1.13"], ["facts", "--eval", J + "/no-such-folder"],
        ["diff", J, "1.13"], ["diff", "1.12", J], ["diff", J, J], ["diff", "1.12", "1.13", "--format", J], ["diff", "1.12", "1.13", "--target", J + ",x/y/z"],
        ["diff", "1.12", "1.13", "1.14", J], ["diff", "1.12", "--breaking", J],
        ["export", J, "1.13", "--format", "md", "--out", "-"], ["export", "1.12", "1.13", "--format", J, "--out", "-"], ["export", "1.12", J, "--out", "-"],
        ["sizes", "--kind", J], ["sizes", "--os", J], ["sizes", "--format", J],
        ["history", "--limit", J], ["history", "--run", J], ["history", "--release", J], ["history", "--format", J],
        ["check", "/nonexistent-module-" + J], ["check", "/nonexistent-module", "--to", J], ["check", "/nonexistent-module", "--format", J],
        ["ingest", "--frobnicate", J], ["mirror", "--source", J], ["worker", "--frobnicate", J], ["worker", "--workers", "x" + J],
        ["--db"], ["facts", "--limit"], ["diff"], ["export", "1.12"],
    ];

    /// <summary>Junk for the slot: hostile values that are never a valid value of any slot above.</summary>
    private static Gen<string> Junk { get; } = JunkText.Any.Where(v => !LooksValid(v)).Select(v => v.Length > 2_000 ? v[..2_000] : v);

    public static Gen<string[]> Vector { get; } =
        from template in Gen.Elements(Templates)
        from values in Gen.ArrayOf(Junk, template.Length)
        select template.Select((part, i) => part.Replace(J, values[i])).ToArray();

    /// <summary>Values that some slot accepts (a stored version, a format, a kind): junk must not be one.</summary>
    private static bool LooksValid(string value)
    {
        var v = value.Trim();
        if (v.Length == 0) return false;
        return ChangeTracker.Domain.Versions.GoVersion.TryParse(v, out _, out _)
            || v is "md" or "json" or "csv" or "html" or "table" or "markdown" or "archive" or "installer" or "source" or "linux" or "-" or "true" or "false"
            || ChangeTracker.Domain.Facts.FactKinds.Names.Contains(v)
            || int.TryParse(v, out _);
    }
}
