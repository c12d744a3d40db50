using System.Text.RegularExpressions;
using ChangeTracker.Domain.Platforms;

namespace ChangeTracker.Parsing;

/// <summary>GOOS/GOARCH from the download page's display names ("macOS", "x86-64") or from a file name.</summary>
internal static partial class PlatformNames
{
    private static readonly Dictionary<string, string> Architectures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x86-64"] = "amd64", ["x86"] = "386", ["ARM64"] = "arm64", ["ARMv6"] = "armv6l", ["ARMv7"] = "armv7l",
        ["ppc64le"] = "ppc64le", ["ppc64"] = "ppc64", ["s390x"] = "s390x", ["RISC-V"] = "riscv64",
        ["loong64"] = "loong64", ["mips64le"] = "mips64le",
    };

    /// <summary>GOOS for a display name: "macOS" and "OS X 10.8+" are darwin; unknown names are lower-cased.</summary>
    public static string Os(string display)
    {
        var d = display.Trim();
        if (d.Length == 0) return "";
        if (d.StartsWith("OS X", StringComparison.OrdinalIgnoreCase)) return "darwin";
        return OperatingSystems.Find(d)?.Goos ?? d.ToLowerInvariant();
    }

    /// <summary>GOARCH for a display name: "x86-64" is amd64, "ARMv6" armv6l; unknown names are lower-cased.</summary>
    public static string Arch(string display)
    {
        var d = display.Trim();
        if (d.Length == 0) return "";
        return Architectures.TryGetValue(d, out var arch) ? arch : d.ToLowerInvariant();
    }

    /// <summary>
    /// (os, arch) from a file name such as go1.12.linux-amd64.tar.gz or go1.2.2.darwin-386-osx10.6.pkg,
    /// given its release tag; null for source archives and names that do not follow the pattern.
    /// </summary>
    public static (string Os, string Arch)? FromFilename(string tag, string filename)
    {
        if (!filename.StartsWith(tag + ".", StringComparison.Ordinal)) return null;
        var m = OsArch().Match(filename[(tag.Length + 1)..]);
        return m.Success ? (m.Groups["os"].Value, m.Groups["arch"].Value) : null;
    }

    [GeneratedRegex(@"^(?<os>[a-z0-9]+)-(?<arch>[a-z0-9]+)(?:-[^.]+(?:\.[0-9]+)*)?\.(?:tar\.gz|zip|pkg|msi)$")]
    private static partial Regex OsArch();
}
