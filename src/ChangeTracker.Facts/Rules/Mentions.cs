using System.Text.RegularExpressions;
using ChangeTracker.Facts.Vocabulary;

namespace ChangeTracker.Facts.Rules;

/// <summary>An OS or CPU level named in the notes: Os "macOS", Version "10.10", written "macOS 10.10".</summary>
public sealed record Level(string Os, string Version)
{
    public string Subject => IsCpu && Os != "386" ? Version : $"{Os} {Version}";

    /// <summary>A CPU level (ARMv5E, POWER8, 386 SSE2) rather than an operating-system version.</summary>
    public bool IsCpu => Os is "ARM" or "POWER" or "386";
}

/// <summary>Finds ports and OS/CPU levels in a piece of notes text, using the <see cref="Platforms"/> vocabulary.</summary>
public static partial class Mentions
{
    /// <summary>Ports written out: "windows/arm", "(GOOS=linux, GOARCH=riscv64)", "GOOS=nacl" (expanded to its ports).</summary>
    public static IReadOnlyList<string> ExplicitPorts(string text)
    {
        var ports = new List<string>();
        foreach (Match m in SlashPort().Matches(text))
        {
            var (os, arch) = (m.Groups["os"].Value, m.Groups["arch"].Value);
            if (Platforms.Goos.Contains(os) && Platforms.Goarch.Contains(arch)) ports.Add($"{os}/{arch}");
        }
        foreach (Match m in GoosGoarch().Matches(text))
        {
            var (os, arch) = (m.Groups["os"].Value, m.Groups["arch"].Value);
            if (Platforms.Goos.Contains(os) && Platforms.Goarch.Contains(arch)) ports.Add($"{os}/{arch}");
        }
        if (ports.Count == 0)
        {
            foreach (Match m in GoosOnly().Matches(text))
                ports.AddRange(Platforms.PortsOf(m.Groups["os"].Value));
        }
        return ports.Distinct().ToList();
    }

    /// <summary>The GOOS of the first OS named in prose ("DragonFly BSD", "Native Client", "Android").</summary>
    public static string? GoosNamed(string text)
    {
        var m = Platforms.GoosName.Match(text);
        return m.Success ? Platforms.GoosOfName(m.Value) : null;
    }

    public static IReadOnlyList<string> ArchWords(string text) =>
        Platforms.ArchWord.Matches(text).Select(m => Platforms.NormalizeArch(m.Groups["arch"].Value))
            .Where(Platforms.Goarch.Contains).Distinct().ToList();

    /// <summary>OS levels ("macOS 10.10 Yosemite", "Windows 7, 8, Server 2008 and Server 2012") and CPU levels ("ARMv5E", "POWER8", "SSE2").</summary>
    public static IReadOnlyList<Level> Levels(string text)
    {
        var levels = new List<Level>();
        foreach (Match m in Platforms.OsLevel.Matches(text))
        {
            var osText = m.Groups["os"].Value;
            var os = Platforms.OsOfName(osText);
            levels.Add(new Level(os, Version(os, osText, m.Groups["ver"].Value)));
            var at = m.Index + m.Length;
            for (var c = Platforms.OsLevelContinuation.Match(text, at); c.Success; c = Platforms.OsLevelContinuation.Match(text, at))
            {
                levels.Add(new Level(os, Version(os, osText, c.Groups["ver"].Value)));
                at = c.Index + c.Length;
            }
        }
        foreach (Match m in Platforms.CpuLevel.Matches(text))
        {
            var cpu = m.Groups["cpu"].Value;
            levels.Add(new Level(Platforms.CpuFamily(cpu), cpu));
        }
        return levels.Distinct().ToList();
    }

    /// <summary>
    /// New minimums stated apart from the OS name: "the minimum Linux kernel version … has been raised to 6.9", "FreeBSD
    /// releases older than 15.1", "the linux/mips64 port now requires kernel version 7.1" (each level the lowest one still
    /// supported).
    /// </summary>
    public static IReadOnlyList<Level> DetachedMinimums(string text) =>
        DetachedMinimum.Matches(text).Select(DetachedLevel).Distinct().ToList();

    /// <summary>The levels a sentence names as the bound below which support ends: "iOS versions older than iOS 20" → iOS 20.</summary>
    public static IReadOnlyList<Level> OlderThanBounds(string text) =>
        DetachedMinimum.Matches(text).Where(m => m.Groups["older"].Success).Select(DetachedLevel).Distinct().ToList();

    private static Level DetachedLevel(Match match)
    {
        // Without an OS name the sentence is about a linux/… port's kernel.
        var os = match.Groups["os"].Success ? Platforms.OsOfName(match.Groups["os"].Value) : "Linux";
        return new Level(os, Platforms.NormalizeOsVersion(os, match.Groups["ver"].Value));
    }

    private static string Version(string os, string osText, string version)
    {
        var v = Platforms.NormalizeOsVersion(os, version);
        return osText == "Windows Server" && !v.StartsWith("Server", StringComparison.Ordinal) ? "Server " + v : v;
    }

    private static readonly Regex DetachedMinimum = new(
        @"(?:\b(?<os>" + Platforms.OsName + @")(?: kernels?)?(?: (?:versions?|releases?))?\b[^.;]{0,80}?\b(?:(?<older>older than|earlier than|prior to|below)(?: (?:" + Platforms.OsName + @"))?|(?:raised|increased|bumped) to|is now|(?:now )?requires?(?: (?:kernel )?version)?)|\blinux/[a-z0-9]+ port\b[^.;]{0,40}?\brequires? (?:a )?(?:Linux )?kernel(?: version)?) v?(?<ver>\d+(?:\.\d+)*)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"(?<![\w/.$])(?<os>[a-z][a-z0-9]+)/(?<arch>[a-z0-9]+)(?![\w/])")]
    private static partial Regex SlashPort();

    [GeneratedRegex(@"GOOS=(?<os>\w+),?\s+(?:and\s+)?GOARCH=(?<arch>\w+)")]
    private static partial Regex GoosGoarch();

    [GeneratedRegex(@"GOOS=(?<os>\w+)")]
    private static partial Regex GoosOnly();
}
