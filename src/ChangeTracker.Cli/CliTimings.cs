using System.Diagnostics;

namespace ChangeTracker.Cli;

/// <summary>
/// With CHANGETRACKER_TIMINGS=1, each stage of a command's start-up notes on standard error how long after the process
/// started it ended (`timing: host 412 ms`); otherwise nothing. For finding where start-up time goes.
/// </summary>
public static class CliTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CHANGETRACKER_TIMINGS") == "1";

    public static void Mark(string stage)
    {
        if (!Enabled) return;
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"timing: {stage} {sinceStart.TotalMilliseconds:F0} ms");
    }
}
