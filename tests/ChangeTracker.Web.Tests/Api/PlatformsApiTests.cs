using System.Net;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public class PlatformsApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Platforms_hold_ports_per_release_and_os_support_ends()
    {
        var platforms = await _client.GetJsonAsync("/api/platforms");

        var releases = platforms.GetProperty("releases").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("1.12", releases);
        var windowsArm = Assert.Single(platforms.GetProperty("ports").EnumerateArray(), p => p.Str("port") == "windows/arm");
        Assert.Equal("1.12", windowsArm.Str("added"));
        var states = windowsArm.GetProperty("states");
        Assert.Equal("not_yet", states.GetProperty("1.11").GetString());
        Assert.Equal("added", states.GetProperty("1.12").GetString());
        Assert.Equal("available", states.GetProperty("1.13").GetString());
        var mac = Assert.Single(platforms.GetProperty("osSupportEnds").EnumerateArray(), e => e.Str("os") == "macOS" && e.Str("osVersion") == "10.10");
        Assert.Equal("1.13", mac.Str("version"));
        Assert.Equal("1.12", mac.Str("lastVersion"));
        Assert.Contains("macOS", platforms.GetProperty("operatingSystems").EnumerateArray().Select(o => o.GetString()));
    }

    [GoSiteTheory]
    [InlineData("macOS%2010.12", "1.16", "1.17")]
    [InlineData("darwin/386", "1.14", "1.15")]
    [InlineData("Windows%207", "1.20", "1.21")]
    [InlineData("Win7", "1.20", "1.21")]
    [InlineData("macOS%20Sierra", "1.16", "1.17")]
    [InlineData("High%20Sierra", "1.20", "1.21")]
    [InlineData("El%20Capitan", "1.14", "1.15")]
    [InlineData("Windows%20XP", "1.10", "1.11")]
    public async Task Newest_supporting_answers_for_os_versions_and_ports(string q, string newest, string firstWithout)
    {
        var answer = await _client.GetJsonAsync($"/api/platforms/newest-supporting?q={q}");

        Assert.True(answer.GetProperty("found").GetBoolean(), answer.ToString());
        Assert.Equal(newest, answer.Str("newestSupporting"));
        Assert.Equal(firstWithout, answer.Str("firstWithout"));
        Assert.False(string.IsNullOrWhiteSpace(answer.Str("explanation")));
        Assert.Equal(Uri.UnescapeDataString(q), answer.Str("query"));
    }

    [GoSiteTheory]
    [InlineData("Windows%20XP", "Go 1.10 is the last release that supports Windows XP; Go 1.11 dropped it.")]
    [InlineData("macOS%20Sierra", "Go 1.16 is the last release that supports macOS 10.12; Go 1.17 dropped it.")]
    public async Task Newest_supporting_answers_in_one_plain_sentence(string q, string sentence)
    {
        var answer = await _client.GetJsonAsync($"/api/platforms/newest-supporting?q={q}");
        Assert.Equal(sentence, answer.Str("explanation"));
    }

    [GoSiteFact]
    public async Task Newest_supporting_something_never_mentioned_is_not_found()
    {
        var answer = await _client.GetJsonAsync("/api/platforms/newest-supporting?q=plan42/vax");
        Assert.False(answer.GetProperty("found").GetBoolean());
        Assert.Null(answer.Str("newestSupporting"));
    }

    [GoSiteTheory]
    [InlineData("/api/platforms/newest-supporting")]
    [InlineData("/api/platforms/newest-supporting?q=")]
    [InlineData("/api/platforms/newest-supporting?q=%20%20")]
    public async Task Newest_supporting_without_q_is_a_400(string url) =>
        await _client.GetProblemAsync(url, HttpStatusCode.BadRequest, "'q'", "is required");
}
