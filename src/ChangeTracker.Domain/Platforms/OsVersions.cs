using System.Globalization;
using System.Text.RegularExpressions;

namespace ChangeTracker.Domain.Platforms;

/// <summary>
/// Operating-system levels as people write them: "macOS 12", "macos-12", "OS X 10.8", "macOS Sierra", "High Sierra",
/// "Windows 7", "Win7", "Windows XP", "Linux 2.6.32". Names the OS through <see cref="OperatingSystems"/> (the way the
/// facts do) and orders versions so "10.9" &lt; "10.12" and Windows "XP" &lt; "Vista" &lt; "7" &lt; "10".
/// </summary>
public static partial class OsVersions
{
    private static readonly Dictionary<string, double> WindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["2000"] = 5.0, ["XP"] = 5.1, ["Server 2003"] = 5.2, ["Vista"] = 6.0, ["Server 2008"] = 6.0, ["7"] = 6.1,
        ["Server 2008 R2"] = 6.1, ["8"] = 6.2, ["Server 2012"] = 6.2, ["8.1"] = 6.3, ["Server 2012 R2"] = 6.3, ["10"] = 10.0,
        ["Server 2016"] = 10.0, ["11"] = 11.0,
    };

    /// <summary>macOS marketing names and their version numbers.</summary>
    public static readonly IReadOnlyDictionary<string, string> MacOsNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Snow Leopard"] = "10.6", ["Lion"] = "10.7", ["Mountain Lion"] = "10.8", ["Mavericks"] = "10.9",
        ["Yosemite"] = "10.10", ["El Capitan"] = "10.11", ["Sierra"] = "10.12", ["High Sierra"] = "10.13",
        ["Mojave"] = "10.14", ["Catalina"] = "10.15", ["Big Sur"] = "11", ["Monterey"] = "12",
        ["Ventura"] = "13", ["Sonoma"] = "14", ["Sequoia"] = "15", ["Tahoe"] = "26",
    };

    /// <summary>A sortable key; "&lt;3.2" sorts just below 3.2; unknown text sorts by its first number.</summary>
    public static double Key(string os, string version)
    {
        if (os.Equals("Windows", StringComparison.OrdinalIgnoreCase) && WindowsNames.TryGetValue(version.Trim(), out var w)) return w;
        if (version.StartsWith('<')) return Key(os, version[1..]) - 1e-9; // "<2.6.32": every level below 2.6.32
        var m = LeadingNumber().Match(version);
        if (!m.Success) return 0;
        var parts = m.Value.Split('.');
        var key = double.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var minor)) key += minor / 1000.0;
        if (parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var patch)) key += patch / 1_000_000.0;
        return key;
    }

    /// <summary>
    /// "macOS 10.12" → ("macOS", "10.12"); "macos-12" → ("macOS", "12"); "Win7" → ("Windows", "7"); "High Sierra" →
    /// ("macOS", "10.13"); "Linux 2.6.32" → ("Linux", "2.6.32"). Text it cannot read keeps its words as the OS and an
    /// empty version.
    /// </summary>
    public static (string Os, string Version) Split(string text)
    {
        var t = Regex.Replace(text.Trim(), @"\s+", " ");
        if (MacOsNames.TryGetValue(Regex.Replace(t, @"^(?:macOS|OS X|Mac OS X)\s+", "", RegexOptions.IgnoreCase), out var named)) return ("macOS", named);
        var m = OsAndVersion().Match(t);
        var os = m.Success ? m.Groups["os"].Value.Trim().TrimEnd('-') : t;
        var version = m.Success ? m.Groups["version"].Value.Trim() : "";
        if (m.Success && MacOsNames.TryGetValue(version, out var byName)) version = byName;
        os = OperatingSystems.Find(os)?.Name ?? os;
        if (os == "Windows" && WindowsNames.Keys.FirstOrDefault(k => k.Equals(version, StringComparison.OrdinalIgnoreCase)) is { } windowsName) version = windowsName;
        return (os, version);
    }

    /// <summary>The GOOS that builds for an OS as the facts name it ("macOS" → "darwin"), or null.</summary>
    public static string? GoosOf(string os) => OperatingSystems.Find(os)?.Goos;

    /// <summary>True when text names an OS level this vocabulary knows ("macOS 12", "Win7"), not a GOOS/GOARCH port.</summary>
    public static bool IsOsLevel(string text)
    {
        var (os, version) = Split(text);
        return version.Length > 0 && OperatingSystems.Find(os) is not null;
    }

    [GeneratedRegex(@"^\d+(\.\d+){0,2}")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<os>.*?)(?:\s+|-|(?<=^win)(?=\d))(?<version>(\d[\w.]*|XP|Vista|Server.*|Snow Leopard|Mountain Lion|El Capitan|High Sierra|Big Sur|[A-Z][a-z]+))$", RegexOptions.IgnoreCase)]
    private static partial Regex OsAndVersion();
}
