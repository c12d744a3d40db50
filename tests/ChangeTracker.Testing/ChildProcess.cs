using System.Diagnostics;

namespace ChangeTracker.Testing;

/// <summary>Runs a command to its end as a user would in a shell, capturing what it prints.</summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, params string[] command) =>
        RunAsync(workingDirectory, timeout, new Dictionary<string, string?>(), command);

    /// <summary>Runs <paramref name="command"/> with <paramref name="environment"/> added to (or, for null values, removed from) this process's.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(" ", command)} did not end within {timeout}");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
