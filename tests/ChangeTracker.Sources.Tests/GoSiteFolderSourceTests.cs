using System.Text.Json;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Testing;

namespace ChangeTracker.Sources.Tests;

/// <summary>FolderSource over the offline copy of go.dev (../shared/go-site).</summary>
public sealed class GoSiteFolderSourceTests
{
    private static Task<SourceResponse> FetchAsync(SourcePath path) =>
        new FolderSource(GoSite.Require()).FetchAsync(path, null, CancellationToken.None);

    [GoSiteFact]
    public async Task Serves_the_Go_1_12_release_notes()
    {
        var response = await FetchAsync(SourcePath.ReleaseNotes("go1.12"));

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal(File.ReadAllText(GoSite.File("doc/go1.12.html")), response.Body);
        Assert.Contains("<title>Go 1.12 Release Notes", response.Body);
        Assert.Contains("windows/arm", response.Body);
        Assert.Equal(new Uri("https://go.dev/doc/go1.12"), new FolderSource(GoSite.Path).PublicUrl(SourcePath.ReleaseNotes("go1.12")));
    }

    [GoSiteFact]
    public async Task Serves_the_release_history()
    {
        var response = await FetchAsync(SourcePath.ReleaseHistory);

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Contains("<title>Release History", response.Body);
        Assert.Contains("go1.12", response.Body);
    }

    [GoSiteFact]
    public async Task Serves_the_downloads_json()
    {
        var response = await FetchAsync(SourcePath.DownloadsJson);

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        using var json = JsonDocument.Parse(response.Body!);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(202, json.RootElement.GetArrayLength());
        Assert.Equal("go1.17.3", json.RootElement[0].GetProperty("version").GetString());
        Assert.Contains("\"go1.12.linux-amd64.tar.gz\"", response.Body);
    }

    [GoSiteFact]
    public async Task Serves_the_downloads_html()
    {
        var response = await FetchAsync(SourcePath.DownloadsHtml);

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Contains("<title>All releases", response.Body);
        Assert.Contains("go1.12.linux-amd64.tar.gz", response.Body);
    }

    [GoSiteFact]
    public async Task An_unreleased_version_is_NotFound()
    {
        var response = await FetchAsync(SourcePath.ReleaseNotes("go1.28"));

        Assert.Equal(SourceOutcome.NotFound, response.Outcome);
        Assert.Contains("doc/go1.28.html", response.Error);
    }
}
