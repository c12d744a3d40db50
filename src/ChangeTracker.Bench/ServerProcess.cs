using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChangeTracker.Bench;

/// <summary>A server the bench started in a process of its own (so its CPU time and memory are its own), stopped on dispose.</summary>
public sealed class ServerProcess(Process process, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public int Pid => process.Id;

    /// <summary>The web app as built (the bench's configuration), on a free loopback port, over an existing database; jobs on, no ingestion at start.</summary>
    public static async Task<ServerProcess> StartWebAppAsync(string database, string folder, CancellationToken cancellationToken)
    {
        if (!File.Exists(BenchPaths.WebApp)) throw new BenchUsageException($"no web app at {BenchPaths.WebApp}: build it with `dotnet build -c {BenchPaths.Configuration} src/ChangeTracker.Web`");
        var address = FreeAddress();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var a in new[] { BenchPaths.WebApp, "--urls", address.ToString().TrimEnd('/'), "--contentRoot", BenchPaths.WebProject }) info.ArgumentList.Add(a);
        info.Environment["ChangeTracker__DatabasePath"] = database;
        info.Environment["ChangeTracker__HangfireDatabasePath"] = Path.Combine(folder, "hangfire.db");
        info.Environment["ChangeTracker__IngestOnStartup"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var server = new ServerProcess(Start(info), address);
        await server.WaitUntilAnswersAsync("/api/versions", cancellationToken);
        return server;
    }

    /// <summary>The bare static-file app (see <see cref="ChildModes"/>) serving the files of <paramref name="folder"/>.</summary>
    public static async Task<ServerProcess> StartStaticAsync(string folder, CancellationToken cancellationToken)
    {
        var address = FreeAddress();
        var server = new ServerProcess(ChildModes.Start("static", folder, address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)), address);
        await server.WaitUntilAnswersAsync("/", cancellationToken, anyStatus: true);
        return server;
    }

    private static Process Start(ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAnswersAsync(string path, CancellationToken cancellationToken, bool anyStatus = false)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server at {Address} exited with {process.ExitCode} before answering");
            try
            {
                using var response = await client.GetAsync(path, cancellationToken);
                if (anyStatus || response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"the server at {Address} did not answer {path} within 3 minutes");
    }

    private static Uri FreeAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None);
        process.Dispose();
    }
}
