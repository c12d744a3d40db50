using System.Diagnostics.CodeAnalysis;

namespace ChangeTracker.Domain.Versions;

/// <summary>
/// A Go toolchain version, parsed and ordered the way Go's own <c>go/version</c> does:
/// go1 &lt; 1.1 &lt; … &lt; 1.9 &lt; 1.10; 1.12rc1 &lt; 1.12 (= 1.12.0); from 1.21 on, 1.21 &lt; 1.21rc1 &lt; 1.21.0 &lt; 1.21.1.
/// </summary>
public readonly struct GoVersion : IEquatable<GoVersion>, IComparable<GoVersion>
{
    /// <summary>The first minor line whose first release is written 1.N.0 rather than 1.N.</summary>
    public const int FirstDotZeroMinor = 21;

    private GoVersion(int major, int minor, int? patch, PrereleaseKind kind, int prerelease)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Kind = kind;
        Prerelease = prerelease;
    }

    public int Major { get; }
    public int Minor { get; }

    /// <summary>Null for a language version (1.21) or a prerelease (1.21rc1); 0 for 1.12 written without a patch before 1.21.</summary>
    public int? Patch { get; }

    public PrereleaseKind Kind { get; }
    public int Prerelease { get; }

    public bool IsPrerelease => Kind != PrereleaseKind.None;

    /// <summary>The major line this version belongs to (1.12.5 → 1.12, 1.21.3 → 1.21, 1.21rc1 → 1.21).</summary>
    public GoVersion Line => new(Major, Minor, Minor < FirstDotZeroMinor ? 0 : null, PrereleaseKind.None, 0);

    /// <summary>The first stable release of this line (1.12, 1.21.0, go1).</summary>
    public GoVersion FirstRelease => new(Major, Minor, 0, PrereleaseKind.None, 0);

    /// <summary>True when this names a major line (1.12, 1.21, go1) rather than an exact patch release or prerelease.</summary>
    public bool IsLine => !IsPrerelease && (Patch is null || (Patch == 0 && Minor < FirstDotZeroMinor));

    public static GoVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new FormatException(error);

    public static bool TryParse(string? text, out GoVersion version) => TryParse(text, out version, out _);

    public static bool TryParse(string? text, out GoVersion version, [NotNullWhen(false)] out string? error)
    {
        version = default;
        var s = (text ?? "").Trim();
        if (s.StartsWith("go", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.Length == 0)
        {
            error = $"'{text}' is not a Go version: it is empty";
            return false;
        }

        var pos = 0;
        if (!TryReadInt(s, ref pos, out var major))
            return Fail(text, "it does not start with a number", out error);
        if (pos == s.Length)
        {
            version = new GoVersion(major, 0, 0, PrereleaseKind.None, 0);
            error = null;
            return true;
        }
        if (s[pos] != '.') return Fail(text, "a '.' must follow the major number", out error);
        pos++;
        if (!TryReadInt(s, ref pos, out var minor)) return Fail(text, "the minor number is missing", out error);
        if (pos == s.Length)
        {
            version = new GoVersion(major, minor, minor < FirstDotZeroMinor ? 0 : null, PrereleaseKind.None, 0);
            error = null;
            return true;
        }
        if (s[pos] == '.')
        {
            pos++;
            if (!TryReadInt(s, ref pos, out var patch) || pos != s.Length)
                return Fail(text, "the patch number must be a plain number", out error);
            version = new GoVersion(major, minor, patch, PrereleaseKind.None, 0);
            error = null;
            return true;
        }

        var start = pos;
        while (pos < s.Length && char.IsAsciiLetterLower(s[pos])) pos++;
        var kind = s[start..pos] switch
        {
            "alpha" => PrereleaseKind.Alpha,
            "beta" => PrereleaseKind.Beta,
            "rc" => PrereleaseKind.ReleaseCandidate,
            _ => PrereleaseKind.None,
        };
        if (kind == PrereleaseKind.None)
            return Fail(text, "only alpha, beta and rc prereleases exist", out error);
        if (!TryReadInt(s, ref pos, out var pre) || pos != s.Length)
            return Fail(text, "a prerelease needs a number (rc1, beta2)", out error);
        version = new GoVersion(major, minor, null, kind, pre);
        error = null;
        return true;
    }

    private static bool Fail(string? text, string reason, out string error)
    {
        error = $"'{text}' is not a Go version: {reason}";
        return false;
    }

    private static bool TryReadInt(string s, ref int pos, out int value)
    {
        var start = pos;
        while (pos < s.Length && char.IsAsciiDigit(s[pos])) pos++;
        value = 0;
        if (pos == start || pos - start > 6) return false;
        if (pos - start > 1 && s[start] == '0') return false;
        value = int.Parse(s.AsSpan(start, pos - start));
        return true;
    }

    public int CompareTo(GoVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c != 0) return c;
        c = Minor.CompareTo(other.Minor);
        if (c != 0) return c;
        c = (Patch ?? -1).CompareTo(other.Patch ?? -1);
        if (c != 0) return c;
        c = Kind.CompareTo(other.Kind);
        return c != 0 ? c : Prerelease.CompareTo(other.Prerelease);
    }

    /// <summary>A number that orders like <see cref="CompareTo"/>, for storage and SQL ORDER BY.</summary>
    public long SortKey => ((((long)Major * 1000 + Minor) * 10_000 + (Patch ?? -1) + 1) * 10 + (int)Kind) * 1000 + Prerelease;

    public bool Equals(GoVersion other) => CompareTo(other) == 0;
    public override bool Equals(object? obj) => obj is GoVersion other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, Kind, Prerelease);

    public static bool operator ==(GoVersion a, GoVersion b) => a.Equals(b);
    public static bool operator !=(GoVersion a, GoVersion b) => !a.Equals(b);
    public static bool operator <(GoVersion a, GoVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(GoVersion a, GoVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(GoVersion a, GoVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(GoVersion a, GoVersion b) => a.CompareTo(b) >= 0;

    /// <summary>Canonical text without the "go" prefix: 1, 1.12, 1.12.5, 1.21.0, 1.21rc1.</summary>
    public override string ToString()
    {
        if (Minor == 0 && Patch == 0 && Kind == PrereleaseKind.None) return $"{Major}";
        var prefix = $"{Major}.{Minor}";
        if (Kind != PrereleaseKind.None)
        {
            var kind = Kind switch { PrereleaseKind.Alpha => "alpha", PrereleaseKind.Beta => "beta", _ => "rc" };
            return $"{prefix}{kind}{Prerelease}";
        }
        if (Patch is null) return prefix;
        if (Patch == 0 && Minor < FirstDotZeroMinor) return prefix;
        return $"{prefix}.{Patch}";
    }

    /// <summary>Text with Go's prefix, as tags and file names write it: go1, go1.12.5.</summary>
    public string ToTag() => "go" + ToString();
}

public enum PrereleaseKind
{
    None = 0,
    Alpha = 1,
    Beta = 2,
    ReleaseCandidate = 3,
}
