using System.Net;
using System.Net.Http.Headers;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Caching;

/// <summary>
/// The data version (and so every ETag and stored body) is derived again only when a probe says another connection
/// committed; these prove that an ingestion by the real CLI, in a process of its own, is seen on the very next request,
/// and that one which stores nothing new keeps the tag.
/// </summary>
public abstract class CrossProcessFreshnessTests(CliIngestedWebApp app)
{
    private const string Facts = "/api/facts?kind=os_support_ended";
    private const string Diff = "/api/diff?from=1.12&to=1.13";

    [GoSiteFact]
    public async Task A_cli_ingestion_in_another_process_keeps_the_tag_when_nothing_changed_and_changes_it_and_the_stored_body_on_the_next_request_when_data_changed()
    {
        using var client = app.CreateClient();
        var first = await EtagAsync(client, Facts);
        var (diffTag, diffBody) = await BodyAsync(client, Diff);
        Assert.DoesNotContain(NotesEdit.AddedRemovalId, diffBody);

        await app.CliIngestAsync();
        Assert.Equal(first, await EtagAsync(client, Facts));
        Assert.Equal(diffTag, (await BodyAsync(client, Diff)).Tag);

        NotesEdit.Apply(app.Site!);
        await app.CliIngestAsync();
        var second = await EtagAsync(client, Facts);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, await StatusIfNoneMatchAsync(client, Facts, first));
        var (changedDiffTag, changedDiffBody) = await BodyAsync(client, Diff);
        Assert.NotEqual(diffTag, changedDiffTag);
        Assert.Contains(NotesEdit.AddedRemovalId, changedDiffBody);
    }

    private static async Task<EntityTagHeaderValue> EtagAsync(HttpClient client, string url) => (await BodyAsync(client, url)).Tag;

    private static async Task<(EntityTagHeaderValue Tag, string Body)> BodyAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = response.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"GET {url} has no ETag");
        return (tag, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> StatusIfNoneMatchAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

public sealed class CrossProcessFreshnessOnSqliteTests(CliIngestedWebApp app) : CrossProcessFreshnessTests(app), IClassFixture<CliIngestedWebApp>;

public sealed class CrossProcessFreshnessOnPostgreSqlTests(CliIngestedPostgreSqlWebApp app)
    : CrossProcessFreshnessTests(app), IClassFixture<CliIngestedPostgreSqlWebApp>, IPostgreSqlTests;
