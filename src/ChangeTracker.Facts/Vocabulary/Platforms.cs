using System.Text.RegularExpressions;
using ChangeTracker.Domain.Platforms;

namespace ChangeTracker.Facts.Vocabulary;

/// <summary>
/// Go's platform words as the rules read them: GOOS and GOARCH values, the ports that existed, patterns for the
/// operating-system names and macOS code names of the shared vocabulary (<see cref="OperatingSystems"/>,
/// <see cref="OsVersions"/>), the version sequences needed to name "the version before" a new minimum, and CPU levels.
/// </summary>
public static partial class Platforms
{
    [GeneratedRegex(@"^(\d+)\.(\d)$")]
    private static partial Regex OpenBsdRelease();

    public static readonly IReadOnlySet<string> Goos = new HashSet<string>(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    public static readonly IReadOnlySet<string> Goarch = new HashSet<string>(StringComparer.Ordinal)
    {
        "386", "amd64", "amd64p32", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le",
        "ppc64", "ppc64le", "riscv64", "s390x", "wasm",
    };

    /// <summary>Ports by GOOS, for notes that name only the GOOS ("GOOS=nacl", "Go now supports Illumos").</summary>
    private static readonly Dictionary<string, string[]> PortsByGoos = new(StringComparer.Ordinal)
    {
        ["nacl"] = ["386", "amd64p32", "arm"],
        ["netbsd"] = ["386", "amd64", "arm"],
        ["illumos"] = ["amd64"],
        ["aix"] = ["ppc64"],
        ["wasip1"] = ["wasm"],
        ["js"] = ["wasm"],
    };

    public static IReadOnlyList<string> PortsOf(string goos) =>
        PortsByGoos.TryGetValue(goos, out var arches) ? arches.Select(a => $"{goos}/{a}").ToList() : [];

    /// <summary>
    /// Names the notes give operating systems, mapped to GOOS (longest names first when matching), from the shared
    /// vocabulary <see cref="OperatingSystems"/>: its names and aliases, a space optional inside a name ("Plan9").
    /// </summary>
    private static readonly (string Pattern, string Goos)[] GoosNames =
        OperatingSystems.All.Select(os => (Pattern(os), os.Goos)).ToArray();

    public static readonly Regex GoosName = new(
        @"\b(?:" + string.Join("|", GoosNames.Select(n => $"(?:{n.Pattern})")) + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string? GoosOfName(string name) =>
        GoosNames.FirstOrDefault(n => Regex.IsMatch(name, $"^(?:{n.Pattern})$")).Goos;

    /// <summary>Architecture words that stand for a GOARCH when the notes name the OS in prose, as a regex alternation.</summary>
    public const string ArchNames = "amd64p32|amd64|AMD64|386|arm64|ARM64|arm|ARM|ppc64le|ppc64|mips64le|mips64|mipsle|s390x|riscv64|loong64";

    /// <summary>An architecture word (<see cref="ArchNames"/>) or a GOARCH setting.</summary>
    public static readonly Regex ArchWord = new(
        @"GOARCH=(?<arch>\w+)|\b(?<arch>" + ArchNames + @")\b(?!/)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string NormalizeArch(string word) => word.ToLowerInvariant();

    /// <summary>"only for amd64" leaves out 386 and the other way round: the x86 architectures other than the one named.</summary>
    public static IReadOnlyList<string> OtherX86(string arch) => arch switch
    {
        "amd64" => ["386"],
        "386" => ["amd64"],
        _ => [],
    };

    // ---- operating-system and CPU levels -------------------------------------------------------------

    /// <summary>The same names, mapped to the OS as facts name it ("OS X" → "macOS").</summary>
    private static readonly (string Pattern, string Os)[] OsNames =
        OperatingSystems.All.Select(os => (Pattern(os), os.Name)).ToArray();

    /// <summary>Every name of every OS, as a regex alternation ("Apple OS X|…|macOS|Windows Server|…").</summary>
    public static readonly string OsName = string.Join("|", OsNames.Select(n => n.Pattern));

    /// <summary>"Apple OS X|Mac OS X|…|macOS": every name of one OS, longest first, spaces optional.</summary>
    private static string Pattern(OsInfo os) =>
        string.Join("|", os.Aliases.Append(os.Name).OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", " ?")));

    /// <summary>Release sequences, oldest first, to name the last unsupported version below a new minimum.</summary>
    private static readonly Dictionary<string, string[]> Sequences = new(StringComparer.Ordinal)
    {
        ["macOS"] = ["10.4", "10.5", "10.6", "10.7", "10.8", "10.9", "10.10", "10.11", "10.12", "10.13", "10.14", "10.15", "11", "12", "13", "14", "15", "26"],
        ["Windows"] = ["2000", "XP", "Vista", "7", "8", "8.1", "10", "11"],
        ["POWER"] = ["POWER5", "POWER6", "POWER7", "POWER8", "POWER9", "POWER10"],
    };

    private const string VersionText = @"\d+(?:\.\d+)*(?:\.x)?(?:-STABLE)?\+?|XP|Vista|2000|Server \d{4}";

    private static readonly string CodeNameText =
        string.Join("|", OsVersions.MacOsNames.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    /// <summary>An OS with a version: "macOS 10.11 El Capitan", "FreeBSD 10.x", "Windows Server 2016", "Linux kernel version 3.2".</summary>
    public static readonly Regex OsLevel = new(
        @"\b(?<os>" + OsName + @")\s+(?<ver>" + VersionText + @")\b\+?(?:\s+(?<code>" + CodeNameText + @"))?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A further version of the same OS in a list: ", 8", " or 10.14 Mojave", " and Server 2012", " or OS X 10.9".</summary>
    public static readonly Regex OsLevelContinuation = new(
        @"\G\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)(?:(?:Apple OS X|Mac OS X|OS X|macOS|Windows)\s+)?(?<ver>" + VersionText + @")\b\+?(?:\s+(?<code>" + CodeNameText + @"))?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// CPU levels the notes raise: ARMv5E, ARMv6K, POWER8, SSE2. Not x87: "x87-only hardware" names a floating-point
    /// compilation mode (GO386=387), whose end is a removal.
    /// </summary>
    public static readonly Regex CpuLevel = new(@"\b(?<cpu>ARMv\d+(?:\.\d+)?[A-Z]?|POWER\d+|SSE2)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string OsOfName(string name) =>
        OsNames.First(n => Regex.IsMatch(name, $"^(?:{n.Pattern})$")).Os;

    public static string CpuFamily(string cpu) =>
        cpu.StartsWith("ARMv", StringComparison.Ordinal) ? "ARM"
        : cpu.StartsWith("POWER", StringComparison.Ordinal) ? "POWER"
        : "386";

    /// <summary>Normalizes a version as written: "10.x" stays, "11.2+" → "11.2", "8-STABLE+" → "8-STABLE".</summary>
    public static string NormalizeOsVersion(string os, string version)
    {
        var v = version.TrimEnd('+');
        if (os == "Windows" && v.StartsWith("Server ", StringComparison.Ordinal)) return v;
        return v;
    }

    /// <summary>The version just below <paramref name="version"/> in the OS's release sequence, when known.</summary>
    public static string? Predecessor(string os, string version)
    {
        if (Sequences.TryGetValue(os, out var seq))
        {
            var i = Array.IndexOf(seq, version);
            return i > 0 ? seq[i - 1] : null;
        }
        if (os == "iOS" && int.TryParse(version, out var n) && n > 1) return (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (os == "OpenBSD" && OpenBsdRelease().Match(version) is { Success: true } m)
        {
            // OpenBSD counts X.0 … X.9, then (X+1).0.
            var (major, minor) = (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            return minor > 0 ? $"{major}.{minor - 1}" : $"{major - 1}.9";
        }
        return null;
    }
}
