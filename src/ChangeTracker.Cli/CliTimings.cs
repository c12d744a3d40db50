using System.Diagnostics;

namespace ChangeTracker.Cli;

/// <summary>
/// With CHANGETRACKER_TIMINGS=1, each stage of a command's start-up notes on standard error how long after the process
/// started it ended, with the methods JIT-compiled so far (`timing: host built 412 ms (JIT so far: …)`); otherwise nothing. For finding where start-up time goes.
/// </summary>
public static class CliTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CHANGETRACKER_TIMINGS") == "1";

    public static void Mark(string stage)
    {
        if (!Enabled) return;
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"timing: {stage} {sinceStart.TotalMilliseconds:F0} ms "
            + $"(JIT so far: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
    }
}
