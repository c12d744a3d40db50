using System.Net;
using System.Text.Json;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public class VersionsApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Versions_lists_every_stored_major_release_oldest_first()
    {
        var versions = await _client.GetItemsAsync("/api/versions");

        var names = versions.Select(v => v.GetProperty("version").GetString()).ToList();
        Assert.Contains("1.12", names);
        Assert.Contains("1.21", names);
        Assert.True(names.IndexOf("1.9") < names.IndexOf("1.10"), "versions are in Go order, not string order");
        var go112 = versions.Single(v => v.GetProperty("version").GetString() == "1.12");
        Assert.Equal("2019-02-25", go112.GetProperty("releaseDate").GetString());
        Assert.True(go112.GetProperty("facts").GetInt32() > 0);
        Assert.True(go112.GetProperty("items").GetInt32() > 0);
        Assert.NotEqual(JsonValueKind.Null, go112.GetProperty("ingestedAt").ValueKind);
        Assert.StartsWith("1.12.", go112.GetProperty("latestRevision").GetString());
    }

    [GoSiteTheory]
    [InlineData("1.12")]
    [InlineData("go1.12")]
    [InlineData("1.12.5")]
    public async Task Version_detail_returns_the_major_release_with_facts_in_the_contract(string version)
    {
        var release = await _client.GetJsonAsync($"/api/versions/{version}");

        Assert.Equal("1.12", release.GetProperty("version").GetString());
        Assert.True(release.GetProperty("items").GetInt32() > 0);
        var facts = release.GetProperty("facts").EnumerateArray().ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, HttpAssertions.AssertFactContract);
        Assert.Contains(facts, f => f.Str("kind") == "port_added" && f.Str("port") == "windows/arm");
        var later = release.GetProperty("announcedForLater").EnumerateArray().ToList();
        Assert.Contains(later, f => f.Str("kind") == "os_support_ended" && f.Str("subject") == "macOS 10.10" && f.Str("version") == "1.13");
        Assert.Contains(release.GetProperty("revisions").EnumerateArray(), r => r.Str("version") == "1.12.5");
        Assert.Contains(release.GetProperty("downloads").EnumerateArray(), d => d.Str("filename") == "go1.12.linux-amd64.tar.gz");
    }

    [GoSiteFact]
    public async Task Latest_revision_is_never_flagged_and_is_the_first_release_without_minors()
    {
        var versions = (await _client.GetItemsAsync("/api/versions")).ToDictionary(v => v.Str("version")!);

        Assert.Equal("1.7.6", versions["1.7"].Str("latestRevision"));
        Assert.Equal("1.27.0", versions["1.27"].Str("latestRevision"));
        Assert.Equal(0, versions["1.27"].GetProperty("revisions").GetInt32());
    }

    [GoSiteFact]
    public async Task Version_detail_lists_a_flagged_revision_with_its_flag_and_a_null_date()
    {
        var release = await _client.GetJsonAsync("/api/versions/1.7");

        var revisions = release.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"1.7.{n}"), revisions.Select(r => r.Str("version")));
        var flagged = Assert.Single(revisions, r => r.GetProperty("shouldNotBeUsed").GetBoolean());
        Assert.Equal("1.7.2", flagged.Str("version"));
        Assert.Equal(JsonValueKind.Null, flagged.GetProperty("date").ValueKind);
        Assert.Equal("2016-10-19", revisions[2].Str("date"));
    }

    [GoSiteFact]
    public async Task Version_detail_of_a_malformed_version_is_a_400_naming_the_parameter() =>
        await _client.GetProblemAsync("/api/versions/1.x", HttpStatusCode.BadRequest, "v=1.x", "not a Go version");

    [GoSiteFact]
    public async Task Version_detail_of_an_unknown_version_is_a_404_listing_the_stored_versions() =>
        await _client.GetProblemAsync("/api/versions/1.99", HttpStatusCode.NotFound, "v=1.99", "1.12", "1.21");
}
