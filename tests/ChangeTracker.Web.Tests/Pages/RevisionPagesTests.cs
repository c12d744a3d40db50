using System.Net;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Pages;

/// <summary>The server-rendered pages show a flagged revision with its flag and never as the latest.</summary>
[Collection(IngestedAppCollection.Name)]
public sealed class RevisionPagesTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> GetPageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The table row of one revision, from its version cell to the end of the row.</summary>
    private static string Row(string html, string tag)
    {
        var start = html.IndexOf($"<td>{tag}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {tag}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GoSiteFact]
    public async Task Release_page_marks_go1_7_2_as_not_released_and_not_for_use()
    {
        var html = await GetPageAsync("/releases/1.7");

        var flagged = Row(html, "go1.7.2");
        Assert.Contains("not-for-use\">should not be used</span>", flagged);
        Assert.Contains("<td class=\"nowrap\">not released</td>", flagged);
        Assert.DoesNotContain("should not be used</span>", Row(html, "go1.7.3"));
    }

    [GoSiteFact]
    public async Task Diff_page_marks_go1_7_2_as_not_released_and_not_for_use()
    {
        var html = await GetPageAsync("/diff?from=1.7&to=1.8");

        var flagged = Row(html, "go1.7.2");
        Assert.Contains("not-for-use\">should not be used</span>", flagged);
        Assert.Contains("<td class=\"nowrap\">not released</td>", flagged);
    }

    [GoSiteFact]
    public async Task Overview_gives_the_first_release_as_latest_for_a_release_without_minors()
    {
        var html = await GetPageAsync("/");

        Assert.Contains("<td>1.27.0</td>", html);
    }
}
