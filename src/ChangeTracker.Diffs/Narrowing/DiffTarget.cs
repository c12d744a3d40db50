using System.Text.RegularExpressions;
using ChangeTracker.Domain.Platforms;

namespace ChangeTracker.Diffs.Narrowing;

/// <summary>
/// What a team ships to: a GOOS/GOARCH port ("linux/amd64") or an operating-system level ("macOS 12", "macos-12",
/// "Windows 7", "Win7", "High Sierra").
/// </summary>
public sealed partial record DiffTarget
{
    public string? Port { get; private init; }
    public string? Os { get; private init; }
    public string? OsVersion { get; private init; }

    /// <summary>The GOOS this target builds for ("linux" for linux/amd64, "darwin" for macOS 12).</summary>
    public string? Goos => Port is { } port ? port[..port.IndexOf('/')] : Os is { } os ? OsVersions.GoosOf(os) : null;

    public static DiffTarget ForPort(string port) => new() { Port = port.ToLowerInvariant() };

    public static DiffTarget ForOs(string os, string version) => new() { Os = os, OsVersion = version };

    /// <exception cref="FormatException">Text that names neither a port nor an OS level this tool knows.</exception>
    public static DiffTarget Parse(string text)
    {
        var t = (text ?? "").Trim();
        if (PortPattern().IsMatch(t)) return ForPort(t);
        if (OsVersions.IsOsLevel(t))
        {
            var (os, version) = OsVersions.Split(t);
            return ForOs(os, version);
        }
        var shown = t.Length > 40 ? t[..40] + "…" : t;
        throw new FormatException($"“{shown}” is not a target: name a port such as linux/amd64 or an OS level such as “macOS 12”, “Windows 7” or “Linux 3.2”");
    }

    /// <summary>Targets separated by commas (the API's <c>targets=</c>); empty entries are ignored.</summary>
    public static IReadOnlyList<DiffTarget> ParseList(IEnumerable<string?> texts) =>
        texts.SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(Parse).Distinct().ToList();

    /// <summary>True when this OS target is at or below the level whose support ended, so it loses support too.</summary>
    public bool LosesSupportWith(string os, string endedVersion) =>
        Os is { } mine && string.Equals(mine, os, StringComparison.OrdinalIgnoreCase)
        && OsVersions.Key(mine, OsVersion ?? "") <= OsVersions.Key(os, endedVersion);

    public override string ToString() => Port ?? $"{Os} {OsVersion}";

    [GeneratedRegex(@"^[a-z0-9]+/[a-z0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex PortPattern();
}
