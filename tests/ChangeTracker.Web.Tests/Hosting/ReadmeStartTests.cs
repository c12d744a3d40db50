using System.Net;
using System.Text.RegularExpressions;
using ChangeTracker.Testing;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>
/// The web app started the ways README.md and a user do — a real process, Production — serves a styled dashboard:
/// the stylesheet and the favicon the page links to have their real bytes and cache headers, a clean first start
/// logs no warning, and the empty database says so with the command that fills it offline. (`dotnet run` is given
/// `--no-build` and the tests' configuration: the solution is built already, and a second build would race the others.)
/// </summary>
public sealed partial class ReadmeStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));

    public static TheoryData<string> Ways => ["README's main command from the repository root", "dotnet run from another folder", "the built app's dll"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Started_in_production_the_dashboard_is_styled_has_its_icon_and_explains_the_empty_database(string way)
    {
        await using var app = Start(way);
        var page = await app.WaitForOverviewAsync();

        var css = StylesheetLink().Match(page);
        Assert.True(css.Success, "the overview links no stylesheet");
        using var response = await app.Http.GetAsync(WebUtility.HtmlDecode(css.Groups["href"].Value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await WebRootFileAsync("css", "site.css"), await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Headers.CacheControl is not null || response.Headers.ETag is not null, "the stylesheet comes without cache headers");

        var icon = IconLink().Match(page);
        Assert.True(icon.Success, "the overview links no favicon");
        using var iconResponse = await app.Http.GetAsync(WebUtility.HtmlDecode(icon.Groups["href"].Value));
        Assert.Equal(HttpStatusCode.OK, iconResponse.StatusCode);
        Assert.Equal("image/svg+xml", iconResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await WebRootFileAsync("favicon.svg"), await iconResponse.Content.ReadAsByteArrayAsync());

        Assert.Contains("Nothing has been ingested yet.", page);
        Assert.Contains("dotnet run --project src/ChangeTracker.Cli -- ingest --source ../shared/go-site --db ", page);
        Assert.DoesNotContain("last successful ingestion", page);

        // A clean first start (a new database, migrations applied, pages served) logs no warning and no error.
        Assert.Empty(app.Complaints);
    }

    [GoSiteFact]
    public async Task The_offline_main_command_ingests_the_copy_and_shows_it()
    {
        await using var app = WebAppProcess.Start(
            ["dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration, "--project", "src/ChangeTracker.Web", "--", "--ChangeTracker:Source=../shared/go-site"],
            GoSite.RepositoryRoot, _folder, "--ChangeTracker:IngestOnStartup=true");
        await app.WaitForOverviewAsync();

        await app.WaitForPageAsync("/api/runs", "succeeded", TimeSpan.FromMinutes(4));
        var page = await app.Http.GetStringAsync("/");
        Assert.Contains("href=\"/releases/1.27\"", page);
        Assert.DoesNotContain("Nothing", page);
        Assert.DoesNotContain("alert bad", page);
        Assert.Empty(app.Complaints);
    }

    private WebAppProcess Start(string way)
    {
        var root = GoSite.RepositoryRoot;
        var project = Path.Combine(root, "src", "ChangeTracker.Web");
        string[] run = ["dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration, "--project"];
        return way switch
        {
            "README's main command from the repository root" => WebAppProcess.Start([.. run, "src/ChangeTracker.Web", "--"], root, _folder),
            "dotnet run from another folder" => WebAppProcess.Start([.. run, project, "--"], Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName, _folder),
            "the built app's dll" => WebAppProcess.Start(["dotnet", BuiltDll(project)], root, _folder),
            _ => throw new ArgumentOutOfRangeException(nameof(way), way, "no such way to start the app"),
        };
    }

    private static string BuiltDll(string project)
    {
        var dll = Path.Combine(project, "bin", WebAppProcess.BuildConfiguration, "net10.0", "ChangeTracker.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    private static Task<byte[]> WebRootFileAsync(params string[] path) =>
        File.ReadAllBytesAsync(Path.Combine([GoSite.RepositoryRoot, "src", "ChangeTracker.Web", "wwwroot", .. path]));

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
