using System.Net;
using System.Text;
using System.Text.Json;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public sealed class PagingTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Paging_walks_every_fact_once_in_order_with_no_gaps()
    {
        var stored = await app.Services.GetRequiredService<FactsQuery>().ListAsync(new FactFilter(), CancellationToken.None);
        Assert.True(stored.Count > 300, $"expected hundreds of facts, got {stored.Count}");

        var walked = await WalkAsync("/api/facts?limit=97");

        Assert.Equal(stored.Select(f => f.Id), walked.Select(f => f.Str("id")));
        Assert.All(walked.Take(50), HttpAssertions.AssertFactContract);
    }

    [GoSiteFact]
    public async Task Filters_are_kept_in_the_next_link()
    {
        var walked = await WalkAsync("/api/facts?kind=os_support_ended&limit=5");
        Assert.True(walked.Count > 5);
        Assert.All(walked, f => Assert.Equal("os_support_ended", f.Str("kind")));
        Assert.Equal(walked.Count, walked.Select(f => f.Str("id")).Distinct().Count());
    }

    [GoSiteTheory]
    [InlineData("/api/versions", 7)]
    [InlineData("/api/search?q=runtime", 6)]
    [InlineData("/api/history?version=1.12", 50)]
    [InlineData("/api/runs/1/changes", 40)]
    public async Task Every_list_walks_to_the_same_items_as_one_large_page(string url, int limit)
    {
        var separator = url.Contains('?') ? '&' : '?';
        var whole = await _client.GetItemsAsync($"{url}{separator}limit=200");
        var walked = await WalkAsync($"{url}{separator}limit={limit}");
        Assert.True(whole.Count > limit, $"{url} has only {whole.Count} items");
        Assert.Equal(whole.Select(e => e.GetRawText()), walked.Take(whole.Count).Select(e => e.GetRawText()));
        if (whole.Count < 200) Assert.Equal(whole.Count, walked.Count);
        Assert.Equal(walked.Count, walked.Select(e => e.GetRawText()).Distinct().Count());
    }

    [GoSiteTheory]
    [InlineData("/api/facts?limit=0", "limit=0", "from 1 to 1000")]
    [InlineData("/api/facts?limit=1001", "limit=1001", "from 1 to 1000")]
    [InlineData("/api/facts?cursor=zzz", "cursor=zzz", "next link")]
    [InlineData("/api/facts?os=nope", "os=nope", "macOS", "FreeBSD")]
    [InlineData("/api/facts?component=nope", "component=nope", "crypto/tls")]
    [InlineData("/api/facts?port=nope/arch", "port=nope/arch", "windows/arm")]
    [InlineData("/api/facts?from=1.13&to=1.11", "from=1.13", "later than")]
    [InlineData("/api/sizes?os=nope", "os=nope", "linux", "darwin", "windows")]
    [InlineData("/api/sizes?arch=nope", "arch=nope", "amd64", "arm64")]
    [InlineData("/api/versions?limit=x", "limit=x")]
    public async Task Unknown_filter_and_paging_values_are_a_400_naming_the_valid_ones(string url, params string[] fragments) =>
        await _client.GetProblemAsync(url, HttpStatusCode.BadRequest, fragments);

    [GoSiteFact]
    public async Task A_cursor_of_another_version_of_the_data_is_refused()
    {
        var stale = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("p1:100:0123456789abcdef0123"));
        await _client.GetProblemAsync($"/api/facts?cursor={stale}", HttpStatusCode.BadRequest, "the data changed", "without a cursor");
    }

    [GoSiteFact]
    public async Task Os_port_and_aliases_filter_facts()
    {
        var arm = await _client.GetItemsAsync("/api/facts?port=windows/arm");
        Assert.Contains(arm, f => f.Str("kind") == "port_added" && f.Str("version") == "1.12");
        var osx = await _client.GetItemsAsync("/api/facts?os=OS%20X&kind=os_support_ended");
        Assert.NotEmpty(osx);
        Assert.All(osx, f => Assert.Equal("macOS", f.Str("os")));
    }

    /// <summary>Follows next links from <paramref name="url"/>, checking each Link header, and returns every item.</summary>
    private async Task<List<JsonElement>> WalkAsync(string url)
    {
        var items = new List<JsonElement>();
        string? next = url;
        for (var pages = 0; next is not null; pages++)
        {
            Assert.True(pages < 200, $"paging from {url} does not end");
            using var response = await _client.GetAsync(next);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {next}: {(int)response.StatusCode} {body}");
            var page = JsonDocument.Parse(body).RootElement.Clone();
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.Str("next");
            var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
            Assert.Equal(next is null ? null : $"<{next}>; rel=\"next\"", link);
        }
        return items;
    }
}
