using System.Diagnostics;
using ChangeTracker.Testing;
using Xunit.Abstractions;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>
/// The app as an operator deploys it: `dotnet publish`, then started from another folder in Production. The browser
/// sees a styled dashboard: the stylesheet has rules, and the header wears its colours.
/// </summary>
public sealed class PublishedAppTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", "published-" + Guid.NewGuid().ToString("n"));

    public Task InitializeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task The_published_app_serves_a_styled_dashboard_from_any_folder()
    {
        var app = Path.Combine(_folder, "app");
        await PublishAsync(app);
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "run")).FullName;
        await using var web = WebAppProcess.Start(["dotnet", Path.Combine(app, "ChangeTracker.Web.dll")], elsewhere, Path.Combine(_folder, "data"));
        await web.WaitForOverviewAsync();

        await using var session = await BrowserSession.LaunchAsync();
        await using var context = await session.NewContextAsync(web.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var rules = await page.EvaluateAsync<int>("[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(rules > 50, $"the published app's stylesheets hold {rules} rules");
        var header = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('header.top')).backgroundColor");
        Assert.Equal("rgb(11, 59, 79)", header);
        await Screenshots.SaveAsync(page, "00-published-overview", output);
        Assert.Empty(web.Complaints);
    }

    private async Task PublishAsync(string outputFolder)
    {
        var project = Path.Combine(GoSite.RepositoryRoot, "src", "ChangeTracker.Web");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = GoSite.RepositoryRoot };
        // Release, as one publishes; when the tests themselves are a Release build it is reused rather than rebuilt under them.
        string[] args = ["publish", project, "-c", "Release", "--no-restore", "-o", outputFolder, "-nologo", "-v", "quiet"];
        foreach (var arg in WebAppProcess.BuildConfiguration == "Release" ? [.. args, "--no-build"] : args) start.ArgumentList.Add(arg);
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, $"dotnet publish exited {publish.ExitCode}:\n{await stdout}\n{await stderr}");
        Assert.True(File.Exists(Path.Combine(outputFolder, "wwwroot", "css", "site.css")), "the publish output has no wwwroot/css/site.css");
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
