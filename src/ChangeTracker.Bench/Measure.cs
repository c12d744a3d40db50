using System.Diagnostics;

namespace ChangeTracker.Bench;

/// <summary>Times an action several times and keeps the median, so one noisy run does not decide.</summary>
public static class Measure
{
    public static async Task<TimeSpan> OnceAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        await action(); // warm-up: JIT and caches
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++) times.Add(await OnceAsync(action));
        times.Sort();
        return times[times.Count / 2];
    }
}
