using System.Diagnostics;
using System.Text;

namespace ChangeTracker.Jobs.Tests.Support;

/// <summary>A real `changetracker worker` process (the CLI built beside the tests) with its output kept for failure messages.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<WorkerProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "changetracker.dll"));
        info.ArgumentList.Add("worker");
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var worker = new WorkerProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        worker._process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.Exited += (_, _) => worker._started.TrySetException(new InvalidOperationException($"worker exited with {worker._process.ExitCode}:\n{worker.Output}"));
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        await worker._started.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return worker;
    }

    /// <summary>Ends the process at once, as a crash or a lost machine would.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try { Kill(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.StartsWith("worker started", StringComparison.Ordinal)) _started.TrySetResult();
    }
}
