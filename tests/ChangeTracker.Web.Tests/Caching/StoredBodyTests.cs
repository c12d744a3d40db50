using System.IO.Compression;
using System.Net;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;
using Xunit;

namespace ChangeTracker.Web.Tests.Caching;

[Collection(KestrelAppCollection.Name)]
public sealed class StoredBodyTests(KestrelWebApp app)
{
    private const string ApiDiff = "/api/diff?from=1.11&to=1.21";

    [GoSiteTheory]
    [InlineData(ApiDiff)]
    [InlineData("/diff?from=1.11&to=1.21")]
    [InlineData("/api/diff?from=1.11&to=1.21&format=md")]
    public async Task A_stored_answer_is_the_same_in_every_coding_and_on_every_request(string url)
    {
        using var client = app.CreateClient();
        var plain = await GetAsync(client, url, null);
        Assert.Equal(plain, await GetAsync(client, url, null));
        Assert.Equal(plain, Decode(await GetAsync(client, url, "br"), "br"));
        Assert.Equal(plain, Decode(await GetAsync(client, url, "gzip"), "gzip"));
    }

    [GoSiteFact]
    public async Task The_diff_json_a_browser_receives_is_at_most_a_tenth_of_the_json()
    {
        using var client = app.CreateClient();
        var plain = await GetAsync(client, ApiDiff, null);
        var wire = await GetAsync(client, ApiDiff, "br, gzip");
        Assert.True(wire.Length * 10 <= plain.Length, $"{wire.Length} bytes on the wire for {plain.Length} of JSON");
    }

    [GoSiteFact]
    public async Task Concurrent_first_requests_all_get_the_whole_answer()
    {
        using var client = app.CreateClient();
        const string url = "/api/diff?from=1.10&to=1.22";
        var bodies = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => GetAsync(client, url, i % 2 == 0 ? "br" : null)));
        var plain = bodies[1];
        Assert.All(bodies.Where((_, i) => i % 2 == 0), b => Assert.Equal(plain, Decode(b, "br")));
        Assert.All(bodies.Where((_, i) => i % 2 == 1), b => Assert.Equal(plain, b));
    }

    [GoSiteFact]
    public async Task A_stored_page_of_a_list_keeps_its_next_link()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync("/api/versions?limit=2");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("rel=\"next\"", string.Join(",", response.Headers.GetValues("Link")));
        }
    }

    [GoSiteFact]
    public async Task A_failed_answer_is_not_stored()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync("/api/diff?from=1.11&to=1.99");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [GoSiteFact]
    public async Task An_ingestion_that_changes_the_data_replaces_the_stored_answer()
    {
        var own = new KestrelWebApp();
        try
        {
            await ((IAsyncLifetime)own).InitializeAsync();
            using var client = own.CreateClient();
            const string url = "/api/diff?from=1.12&to=1.13";
            var before = System.Text.Encoding.UTF8.GetString(Decode(await GetAsync(client, url, "br"), "br"));
            Assert.DoesNotContain(NotesEdit.AddedRemovalId, before);

            NotesEdit.Apply(own.Site!);
            await own.IngestAsync();
            var after = System.Text.Encoding.UTF8.GetString(Decode(await GetAsync(client, url, "br"), "br"));
            Assert.Contains(NotesEdit.AddedRemovalId, after);
            Assert.Equal(after, System.Text.Encoding.UTF8.GetString(await GetAsync(client, url, null)));
        }
        finally
        {
            await ((IAsyncLifetime)own).DisposeAsync();
        }
    }

    private static async Task<byte[]> GetAsync(HttpClient client, string url, string? coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (coding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        var expected = coding is null ? [] : new[] { coding.Split(',')[0].Trim() };
        Assert.Equal(expected, response.Content.Headers.ContentEncoding);
        return body;
    }

    private static byte[] Decode(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
