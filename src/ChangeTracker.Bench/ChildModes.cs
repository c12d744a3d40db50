using System.Diagnostics;
using System.Globalization;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Bench;

/// <summary>
/// What the bench runs in a fresh process of its own: the cold rows (the first ingestion, or the first floor, of a
/// process — as a CLI user pays it; it prints the milliseconds) and the bare static-file server of the load baseline.
/// </summary>
public static class ChildModes
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case ["floor", var source]:
                await using (var services = BenchRunner.Build(Path.Combine(Path.GetTempPath(), "unused.db")))
                    Print(await Measure.OnceAsync(() => IngestFloor.RunAsync(services, source, cancellationToken)));
                return 0;
            case ["ingest", var source, var database]:
                await using (var services = BenchRunner.Build(database))
                {
                    await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
                    var ingestion = services.GetRequiredService<IngestionUseCase>();
                    Print(await Measure.OnceAsync(async () => BenchRunner.Check(await ingestion.RunAsync(new IngestionRequest(source, Trigger: "bench"), null, cancellationToken))));
                }
                return 0;
            case ["static", var folder, var port]:
                await ServeStaticAsync(folder, int.Parse(port, CultureInfo.InvariantCulture), cancellationToken);
                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: bench --child floor SOURCE | ingest SOURCE DB | static FOLDER PORT");
                return 2;
        }
    }

    private static void Print(TimeSpan time) => Console.WriteLine(time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));

    /// <summary>A bare Kestrel app that serves the files of a folder and nothing else, until the process is stopped.</summary>
    private static async Task ServeStaticAsync(string folder, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ServeUnknownFileTypes = true });
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"serving {Environment.ProcessId}");
        await app.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>Starts this bench binary with --child ARGS and returns the process (stdout redirected).</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(ChildModes).Assembly.Location);
        info.ArgumentList.Add("--child");
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start a bench child process");
    }

    /// <summary>Runs a cold child to its end and reads the milliseconds it printed.</summary>
    public static async Task<TimeSpan> TimeAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"bench child {string.Join(' ', args)} failed: {(await stderr).Trim()}");
        return TimeSpan.FromMilliseconds(double.Parse((await stdout).Trim(), CultureInfo.InvariantCulture));
    }
}
