using System.Net;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public class SearchAndRunsApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Search_finds_TLS_1_3_with_plain_snippets_and_links()
    {
        var hits = await _client.GetItemsAsync("/api/search?q=TLS%201.3");

        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.Str("version") == "1.12");
        Assert.All(hits, h =>
        {
            foreach (var field in new[] { "version", "anchor", "component", "category", "snippet", "link", "rank" })
                Assert.True(h.TryGetProperty(field, out _), $"hit lacks '{field}'");
            Assert.DoesNotContain('\u0002', h.Str("snippet")!);
            Assert.DoesNotContain("<mark>", h.Str("snippet")!);
            Assert.StartsWith("https://go.dev/doc/go1", h.Str("link"));
        });
    }

    [GoSiteFact]
    public async Task Search_honours_the_limit()
    {
        var hits = await _client.GetItemsAsync("/api/search?q=runtime&limit=3");
        Assert.Equal(3, hits.Count);
    }

    [GoSiteTheory]
    [InlineData("/api/search", "'q'")]
    [InlineData("/api/search?q=", "'q'")]
    [InlineData("/api/search?q=tls&limit=0", "limit=0")]
    [InlineData("/api/search?q=tls&limit=many", "limit=many")]
    public async Task Search_rejects_missing_q_and_bad_limits(string url, string fragment) =>
        await _client.GetProblemAsync(url, HttpStatusCode.BadRequest, fragment);

    [GoSiteFact]
    public async Task Search_rejects_a_query_that_is_too_long() =>
        await _client.GetProblemAsync($"/api/search?q={new string('a', 201)}", HttpStatusCode.BadRequest, "q is 201 characters", "200");

    [GoSiteFact]
    public async Task Runs_list_the_ingestion_with_its_pages()
    {
        var runs = await _client.GetItemsAsync("/api/runs?count=1");

        var run = Assert.Single(runs);
        Assert.Equal("test", run.Str("trigger"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.GetProperty("error").ValueKind);
        Assert.Contains(run.GetProperty("pages").EnumerateArray(), p => p.Str("version") == "1.12");
    }

    [GoSiteFact]
    public async Task Runs_reject_a_bad_count() =>
        await _client.GetProblemAsync("/api/runs?limit=1000", HttpStatusCode.BadRequest, "limit=1000", "from 1 to 500");
}
