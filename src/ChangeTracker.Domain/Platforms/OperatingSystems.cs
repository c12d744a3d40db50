namespace ChangeTracker.Domain.Platforms;

/// <summary>An operating system: the name facts use ("macOS"), its GOOS ("darwin") and other names people write ("OS X").</summary>
public sealed record OsInfo(string Name, string Goos, IReadOnlyList<string> Aliases);

/// <summary>
/// The one vocabulary of operating systems: the extraction rules, the downloads parser, the platform and fact queries
/// and diff targets all map names through it, in the order the pages list them (the usual ones first, then alphabetically).
/// </summary>
public static class OperatingSystems
{
    public static IReadOnlyList<OsInfo> All { get; } =
    [
        new("macOS", "darwin", ["OS X", "Mac OS X", "Apple OS X", "Mac", "OSX"]),
        new("Windows", "windows", ["Windows Server", "Win"]),
        new("Linux", "linux", ["Linux kernel", "Linux kernel version"]),
        new("FreeBSD", "freebsd", []),
        new("OpenBSD", "openbsd", []),
        new("NetBSD", "netbsd", []),
        new("iOS", "ios", []),
        new("Android", "android", []),
        new("AIX", "aix", []),
        new("DragonFly BSD", "dragonfly", ["DragonFly", "DragonFlyBSD"]),
        new("illumos", "illumos", ["Illumos"]),
        new("Plan 9", "plan9", ["Plan9"]),
        new("Solaris", "solaris", []),
        new("Native Client", "nacl", ["NaCl"]),
    ];

    /// <summary>The OS a name, an alias or a GOOS stands for (case-insensitive), or null when it is none of them.</summary>
    public static OsInfo? Find(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return All.FirstOrDefault(os => Same(os.Name, t) || Same(os.Goos, t) || os.Aliases.Any(a => Same(a, t)));
    }

    /// <summary>Where an OS name goes in listings: its place in <see cref="All"/>, unknown names last.</summary>
    public static int Rank(string name) =>
        All.Select((os, i) => (os, i)).FirstOrDefault(p => Same(p.os.Name, name)) is { os: not null } found ? found.i : int.MaxValue;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
