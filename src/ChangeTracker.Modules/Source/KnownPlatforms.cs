namespace ChangeTracker.Modules.Source;

/// <summary>
/// Every GOOS and GOARCH the go command has known, past ones included (nacl, amd64p32), as it matches file-name
/// suffixes and build tags. A name that is not here is an ordinary tag.
/// </summary>
public static class KnownPlatforms
{
    public static IReadOnlySet<string> Goos { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
        "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    public static IReadOnlySet<string> Goarch { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le",
        "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    };

    /// <summary>
    /// The release whose go command first treated a GOOS as a file-name suffix, for the GOOS values added after Go 1.4
    /// or so: before it, x_ios.go was built on every platform.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FirstRelease { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["android"] = "1.4", ["js"] = "1.11", ["aix"] = "1.12", ["illumos"] = "1.13", ["ios"] = "1.16", ["wasip1"] = "1.21",
    };

    /// <summary>The GOOS values the "unix" build tag stands for.</summary>
    public static IReadOnlySet<string> Unix { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux", "netbsd", "openbsd", "solaris",
    };
}

/// <summary>A platform a file names: a GOOS, a GOARCH, or both (a port).</summary>
public readonly record struct PlatformName(string? Goos, string? Goarch)
{
    public string? Port => Goos is not null && Goarch is not null ? $"{Goos}/{Goarch}" : null;

    public override string ToString() => Port ?? Goos ?? Goarch ?? "";
}
