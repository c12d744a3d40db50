using System.Globalization;

namespace ChangeTracker.Bench;

/// <summary>What Linux reports about another process: its CPU time (/proc/PID/stat) and its memory (/proc/PID/status).</summary>
public static class ProcStat
{
    /// <summary>Clock ticks per second of utime and stime (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // fields from the third on: state is [0], utime [11], stime [12]
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident set size now (VmRSS) and at its peak (VmHWM), in MiB.</summary>
    public static (double Rss, double Peak) Memory(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        double Mib(string key) => lines.Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => long.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0).FirstOrDefault();
        return (Mib("VmRSS"), Mib("VmHWM"));
    }
}
