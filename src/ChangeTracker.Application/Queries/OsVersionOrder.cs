using System.Globalization;
using System.Text.RegularExpressions;
using ChangeTracker.Domain.Platforms;

namespace ChangeTracker.Application.Queries;

/// <summary>Orders OS versions so "10.9" &lt; "10.12" and Windows "XP" &lt; "Vista" &lt; "7" &lt; "8" &lt; "10".</summary>
public static partial class OsVersionOrder
{
    private static readonly Dictionary<string, double> WindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["2000"] = 5.0, ["XP"] = 5.1, ["Server 2003"] = 5.2, ["Vista"] = 6.0, ["Server 2008"] = 6.0, ["7"] = 6.1,
        ["Server 2008 R2"] = 6.1, ["8"] = 6.2, ["Server 2012"] = 6.2, ["8.1"] = 6.3, ["Server 2012 R2"] = 6.3, ["10"] = 10.0,
    };

    /// <summary>A sortable key; unknown text sorts by its first number.</summary>
    public static double Key(string os, string version)
    {
        if (os.Equals("Windows", StringComparison.OrdinalIgnoreCase) && WindowsNames.TryGetValue(version.Trim(), out var w)) return w;
        var m = LeadingNumber().Match(version);
        if (!m.Success) return 0;
        var parts = m.Value.Split('.');
        var key = double.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts.Length > 1 && int.TryParse(parts[1], out var minor)) key += minor / 1000.0;
        if (parts.Length > 2 && int.TryParse(parts[2], out var patch)) key += patch / 1_000_000.0;
        return key;
    }

    /// <summary>"macOS 10.12" → ("macOS", "10.12"); "Windows 7" → ("Windows", "7"); "OS X 10.8" → ("macOS", "10.8").</summary>
    public static (string Os, string Version) Split(string text)
    {
        var m = OsAndVersion().Match(text.Trim());
        var os = m.Success ? m.Groups["os"].Value.Trim() : text.Trim();
        var version = m.Success ? m.Groups["version"].Value.Trim() : "";
        return (OperatingSystems.Find(os)?.Name ?? os, version);
    }

    [GeneratedRegex(@"^\d+(\.\d+){0,2}")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<os>.*?)\s+(?<version>(\d[\w.]*|XP|Vista|Server.*))$", RegexOptions.IgnoreCase)]
    private static partial Regex OsAndVersion();
}
