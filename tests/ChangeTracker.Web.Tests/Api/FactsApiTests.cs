using System.Net;
using System.Text.Json;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public class FactsApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Os_support_ended_in_1_13_holds_macOS_10_10_and_FreeBSD_10_in_the_exact_contract()
    {
        var list = await _client.GetItemsAsync("/api/facts?version=1.13&kind=os_support_ended");

        Assert.All(list, HttpAssertions.AssertFactContract);
        Assert.All(list, f => Assert.Equal("os_support_ended", f.Str("kind")));
        Assert.All(list, f => Assert.Equal("1.13", f.Str("version")));
        var mac = Assert.Single(list, f => f.Str("os") == "macOS" && f.Str("osVersion") == "10.10");
        Assert.Equal("1.12", mac.Str("lastVersion"));
        Assert.Equal("1.12", mac.Str("announcedIn"));
        Assert.Equal(JsonValueKind.Null, mac.GetProperty("port").ValueKind);
        Assert.StartsWith("https://go.dev/doc/go1.12#", mac.Str("source"));
        var freeBsd = Assert.Single(list, f => f.Str("os") == "FreeBSD" && f.Str("osVersion") == "10.x");
        Assert.Equal("1.12", freeBsd.Str("lastVersion"));
        Assert.Equal("1.12", freeBsd.Str("announcedIn"));
    }

    [GoSiteFact]
    public async Task Filters_combine_kind_version_range_and_os()
    {
        var ports = await _client.GetItemsAsync("/api/facts?kind=port_added&version=go1.12");
        Assert.Contains(ports, f => f.Str("port") == "windows/arm");
        Assert.Contains(ports, f => f.Str("port") == "aix/ppc64");

        var range = await _client.GetItemsAsync("/api/facts?from=1.11&to=1.13&kind=removal");
        Assert.NotEmpty(range);
        Assert.All(range, f => Assert.Contains(f.Str("version"), new[] { "1.11", "1.12", "1.13" }));

        var darwin = await _client.GetItemsAsync("/api/facts?os=macOS&kind=os_support_ended");
        Assert.True(darwin.Count >= 3, $"several macOS versions lost support, got {darwin.Count}");
        Assert.All(darwin, f => Assert.Equal("macOS", f.Str("os")));

        var all = await _client.GetItemsAsync("/api/facts?limit=1000");
        Assert.True(all.Count > range.Count);
    }

    [GoSiteFact]
    public async Task An_unknown_kind_is_a_400_listing_the_kinds() =>
        await _client.GetProblemAsync("/api/facts?kind=removed", HttpStatusCode.BadRequest, "kind=removed", "os_support_ended", "deprecation");

    [GoSiteTheory]
    [InlineData("version")]
    [InlineData("from")]
    [InlineData("to")]
    public async Task A_malformed_version_filter_is_a_400_naming_it(string parameter) =>
        await _client.GetProblemAsync($"/api/facts?{parameter}=1.x", HttpStatusCode.BadRequest, $"{parameter}=1.x", "not a Go version");

    [GoSiteFact]
    public async Task A_version_that_is_not_stored_is_a_404() =>
        await _client.GetProblemAsync("/api/facts?version=1.99", HttpStatusCode.NotFound, "version=1.99", "stored versions", "1.12");

    [GoSiteFact]
    public async Task Several_bad_parameters_are_reported_together()
    {
        var problem = await _client.GetProblemAsync("/api/facts?kind=nope&from=x", HttpStatusCode.BadRequest, "kind=nope", "from=x");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("from", out _));
    }
}
