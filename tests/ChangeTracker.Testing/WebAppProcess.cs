using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace ChangeTracker.Testing;

/// <summary>
/// The web app as a user starts it: a real process (`dotnet run …`, `dotnet ChangeTracker.Web.dll`) in the
/// Production environment, on a free port of 127.0.0.1, with its own database files; console lines are kept.
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WebAppProcess(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _output.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    public IReadOnlyCollection<string> Output => _output;

    /// <summary>The configuration the tests were built in (Debug or Release), read from bin/&lt;Configuration&gt;/net10.0.</summary>
    public static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>
    /// Starts <paramref name="command"/> (the program, then its arguments) in <paramref name="workingDirectory"/>,
    /// adding the port, the database files under <paramref name="dataFolder"/> and no ingestion at start.
    /// </summary>
    public static WebAppProcess Start(IEnumerable<string> command, string workingDirectory, string dataFolder, params string[] settings)
    {
        Directory.CreateDirectory(dataFolder);
        var port = FreePort();
        var parts = command.ToList();
        var start = new ProcessStartInfo(parts[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in parts.Skip(1).Concat([
            "--urls", $"http://127.0.0.1:{port}", "--ChangeTracker:IngestOnStartup=false",
            $"--ChangeTracker:DatabasePath={Path.Combine(dataFolder, "c.db")}", $"--ChangeTracker:HangfireDatabasePath={Path.Combine(dataFolder, "h.db")}",
        ]).Concat(settings)) start.ArgumentList.Add(arg);
        // As on a user's machine: no environment named, so ASP.NET Core runs as Production.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return new WebAppProcess(Process.Start(start)!, port);
    }

    /// <summary>The overview's HTML once the app answers (within 90 s: `dotnet run` starts slower than the dll).</summary>
    public Task<string> WaitForOverviewAsync() => WaitForPageAsync("/", null, TimeSpan.FromSeconds(90));

    /// <summary>
    /// The body of <paramref name="path"/> once it answers with success and holds <paramref name="text"/> (any body when
    /// null), asked every 250 ms; fails naming the wait and the app's output when the app exits or <paramref name="within"/> passes.
    /// </summary>
    public async Task<string> WaitForPageAsync(string path, string? text, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var wanted = text is null ? $"{path} did not answer" : $"{path} never said \"{text}\"";
        var last = "";
        while (true)
        {
            Assert.False(_process.HasExited, $"the web app exited with code {(_process.HasExited ? _process.ExitCode : 0)}:\n{string.Join("\n", _output)}");
            try
            {
                using var response = await Http.GetAsync(path);
                last = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && (text is null || last.Contains(text, StringComparison.Ordinal))) return last;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, $"{wanted} within {within.TotalSeconds:0} s:\n{last}\n{string.Join("\n", _output)}");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// The first console line that <paramref name="wanted"/> accepts, once the app has written it (asked every 100 ms): the
    /// app may log a line a moment after the page that reports the same event. Fails with the output after <paramref name="within"/>.
    /// </summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> wanted, string what, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (_output.ToList().FirstOrDefault(wanted) is { } line) return line;
            Assert.True(DateTime.UtcNow < deadline, $"the app never wrote {what} within {within.TotalSeconds:0} s:\n{string.Join("\n", _output)}");
            await Task.Delay(100);
        }
    }

    /// <summary>Console lines that are warnings or errors (ASP.NET Core's console format starts them with warn:/fail:/crit:).</summary>
    public IReadOnlyList<string> Complaints =>
        _output.Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
