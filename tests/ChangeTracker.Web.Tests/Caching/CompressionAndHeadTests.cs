using System.IO.Compression;
using System.Net;
using System.Text;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Caching;

[Collection(KestrelAppCollection.Name)]
public sealed class CompressionAndHeadTests(KestrelWebApp app)
{
    [GoSiteTheory]
    [InlineData("/api/facts", "br")]
    [InlineData("/api/facts", "gzip")]
    [InlineData("/releases/1.12", "br")]
    [InlineData("/api/diff?from=1.11&to=1.12&format=csv", "gzip")]
    [InlineData("/feed.atom", "br")]
    public async Task Compression_is_negotiated_and_decodes_to_the_plain_body(string url, string coding)
    {
        using var client = app.CreateClient();
        var plain = await client.GetByteArrayAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(coding);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < plain.Length, $"{coding} body of {url}: {body.Length} bytes, plain {plain.Length}");
        Assert.Equal(Encoding.UTF8.GetString(plain), Encoding.UTF8.GetString(Decode(body, coding)));
    }

    [GoSiteFact]
    public async Task Without_accept_encoding_the_body_is_sent_as_is()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/facts");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [GoSiteFact]
    public async Task Head_answers_every_get_route_with_the_get_status_and_headers_and_no_body()
    {
        using var client = app.CreateClient();
        var urls = GetRoutes().ToList();
        Assert.Contains("/api/facts", urls);
        Assert.Contains("/releases/1.12", urls);
        Assert.Contains("/feed.atom", urls);
        foreach (var url in urls)
        {
            using var get = await client.GetAsync(url);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {url}: {(int)head.StatusCode}, GET {(int)get.StatusCode}");
            Assert.NotEqual(HttpStatusCode.NotFound, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary>Every GET endpoint of the app, route values filled with stored ones.</summary>
    private IEnumerable<string> GetRoutes()
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var values = new Dictionary<string, string> { ["v"] = "1.12", ["version"] = "1.12", ["id"] = "1", ["documentName"] = "v1" };
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains("GET")) continue;
            var pattern = endpoint.RoutePattern;
            if (pattern.Parameters.Any(p => p.IsCatchAll)) continue;
            var segments = pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => values[p.Name],
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
                _ => "",
            })));
            yield return "/" + string.Join("/", segments);
        }
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
