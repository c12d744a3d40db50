using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChangeTracker.Testing;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>
/// The web app started the way README.md says — a real process, Production, from the repository root — serves a
/// styled dashboard: the stylesheet and the favicon the page links to have their real bytes and cache headers.
/// </summary>
public sealed partial class ReadmeStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    [Fact]
    public async Task Started_from_the_repository_root_in_production_the_dashboard_is_styled_and_has_its_icon()
    {
        var port = FreePort();
        using var process = StartWebApp(port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var page = await WaitForPageAsync(http, process);

            var css = StylesheetLink().Match(page);
            Assert.True(css.Success, "the overview links no stylesheet");
            using var response = await http.GetAsync(WebUtility.HtmlDecode(css.Groups["href"].Value));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.True(body.Length > 1000, $"the stylesheet has {body.Length} bytes");
            Assert.Contains(".badge", body);
            Assert.True(response.Headers.CacheControl is not null || response.Headers.ETag is not null, "the stylesheet comes without cache headers");

            var icon = IconLink().Match(page);
            Assert.True(icon.Success, "the overview links no favicon");
            using var iconResponse = await http.GetAsync(WebUtility.HtmlDecode(icon.Groups["href"].Value));
            Assert.Equal(HttpStatusCode.OK, iconResponse.StatusCode);
            Assert.Equal("image/svg+xml", iconResponse.Content.Headers.ContentType?.MediaType);
            var expected = await File.ReadAllBytesAsync(Path.Combine(GoSite.RepositoryRoot, "src", "ChangeTracker.Web", "wwwroot", "favicon.svg"));
            Assert.Equal(expected, await iconResponse.Content.ReadAsByteArrayAsync());

            // A clean first start (a new database, migrations applied, pages served) logs no warning and no error.
            Assert.DoesNotContain(_output, line => line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private Process StartWebApp(int port)
    {
        Directory.CreateDirectory(_folder);
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0
        var dll = Path.Combine(GoSite.RepositoryRoot, "src", "ChangeTracker.Web", "bin", configuration, "net10.0", "ChangeTracker.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = GoSite.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            dll, "--urls", $"http://127.0.0.1:{port}", "--ChangeTracker:IngestOnStartup=false",
            $"--ChangeTracker:DatabasePath={Path.Combine(_folder, "c.db")}", $"--ChangeTracker:HangfireDatabasePath={Path.Combine(_folder, "h.db")}",
        }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _output.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> WaitForPageAsync(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, $"the web app exited with code {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                using var response = await http.GetAsync("/");
                if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, "the web app did not answer within 60 s");
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"<link rel=""icon"" href=""(?<href>[^""]+)""")]
    private static partial Regex IconLink();

    [GeneratedRegex(@"<link[^>]+rel=""stylesheet""[^>]+href=""(?<href>[^""]+)""|<link[^>]+href=""(?<href>[^""]+\.css[^""]*)""")]
    private static partial Regex StylesheetLink();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
