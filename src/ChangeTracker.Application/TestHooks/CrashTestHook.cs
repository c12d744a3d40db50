using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChangeTracker.Application.TestHooks;

/// <summary>
/// A test hook for the crash suite, inert unless the environment variable CHANGETRACKER_TEST_CRASH_AT is set to
/// <c>stage:n</c>: the n-th time the process reaches <c>stage</c> it kills itself at once (SIGKILL, like `kill -9`),
/// leaving no chance to clean up. Stages: <see cref="RunStarted"/>, <see cref="PageRecorded"/>,
/// <see cref="NotesTransaction"/> (inside a notes page's transaction, before commit), <see cref="DiffTransaction"/>
/// (inside a stored diff's transaction, before commit), <see cref="StepEnqueued"/> (a run job has enqueued a version's step
/// and noted it).
/// </summary>
public static class CrashTestHook
{
    public const string Variable = "CHANGETRACKER_TEST_CRASH_AT";
    public const string RunStarted = "run-started";
    public const string PageRecorded = "page-recorded";
    public const string NotesTransaction = "notes-transaction";
    public const string DiffTransaction = "diff-transaction";
    public const string StepEnqueued = "step-enqueued";

    private static readonly (string Stage, int Count)? Target = Parse(Environment.GetEnvironmentVariable(Variable));
    private static readonly ConcurrentDictionary<string, int> Reached = new();

    /// <summary>Marks that the process reached <paramref name="stage"/>; kills the process when it is the configured crash point.</summary>
    public static void Reach(string stage)
    {
        if (Target is not { } target || target.Stage != stage) return;
        if (Reached.AddOrUpdate(stage, 1, (_, n) => n + 1) != target.Count) return;
        Console.Error.WriteLine($"test hook {Variable}: killing the process at {stage}:{target.Count}");
        Console.Error.Flush();
        Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }

    private static (string, int)? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parts = value.Split(':', 2);
        return (parts[0].Trim(), parts.Length == 2 && int.TryParse(parts[1], out var n) && n > 0 ? n : 1);
    }
}
