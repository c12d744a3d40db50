using System.Net;
using System.Net.Http.Headers;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Caching;

[Collection(KestrelAppCollection.Name)]
public sealed class ConditionalRequestTests(KestrelWebApp app)
{
    private const string Facts = "/api/facts?kind=os_support_ended";

    [GoSiteFact]
    public async Task The_etag_gives_304_stays_after_an_unchanged_or_forced_ingest_and_changes_after_one_that_changes_data()
    {
        using var client = app.CreateClient();
        var first = await EtagAsync(client, Facts);
        Assert.False(first.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, await StatusIfNoneMatchAsync(client, Facts, first));

        var unchanged = await app.IngestAsync();
        Assert.DoesNotContain(unchanged.Pages, p => p.Outcome == Application.Ingestion.PageOutcome.Ingested && p.Version is not null);
        Assert.Equal(first, await EtagAsync(client, Facts));
        Assert.Equal(HttpStatusCode.NotModified, await StatusIfNoneMatchAsync(client, Facts, first));

        var forced = await app.IngestAsync(force: true);
        Assert.Contains(forced.Pages, p => p.Outcome == Application.Ingestion.PageOutcome.Ingested && p.Version is not null);
        Assert.Equal(first, await EtagAsync(client, Facts));

        NotesEdit.Apply(app.Site!);
        await app.IngestAsync();
        var second = await EtagAsync(client, Facts);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, await StatusIfNoneMatchAsync(client, Facts, first));
        Assert.Equal(HttpStatusCode.NotModified, await StatusIfNoneMatchAsync(client, Facts, second));
    }

    [GoSiteTheory]
    [InlineData("/api/versions", "public, max-age=60")]
    [InlineData("/api/runs", "no-cache")]
    [InlineData("/releases/1.12", "no-cache")]
    [InlineData("/feed.atom", "public, max-age=900")]
    [InlineData("/openapi/v1.json", "public, max-age=3600")]
    public async Task Each_route_says_how_long_it_may_be_kept_and_gives_validators(string url, string cacheControl)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfModifiedSince = response.Content.Headers.LastModified;
        using var again = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [GoSiteFact]
    public async Task The_overview_shows_live_state_and_carries_no_validator()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/");
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
    }

    [GoSiteFact]
    public async Task A_problem_is_not_stored_by_caches()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/facts?kind=nope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private static async Task<EntityTagHeaderValue> EtagAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"GET {url} has no ETag");
    }

    private static async Task<HttpStatusCode> StatusIfNoneMatchAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            Assert.Equal(etag, response.Headers.ETag);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
        return response.StatusCode;
    }
}
