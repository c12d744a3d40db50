using System.Net;
using System.Text.Json;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>Security headers on every kind of response, and the liveness and readiness endpoints.</summary>
public sealed class SecurityHeadersAndHealthTests
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/api/versions", HttpStatusCode.OK)]
    [InlineData("/feed.atom", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/api/diff?from=1.12&to=nope", HttpStatusCode.BadRequest)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        await using var app = new ChangeTrackerWebApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Contains("script-src 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_api_reference_keeps_the_other_headers_but_gets_no_script_free_policy()
    {
        await using var app = new ChangeTrackerWebApp();
        using var client = app.CreateClient();

        using var page = await client.GetAsync("/");
        using var reference = await client.GetAsync("/api/reference");

        Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("nosniff", Header(reference, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(reference, "X-Frame-Options"));
        Assert.Equal("", Header(reference, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Liveness_answers_without_checks_and_readiness_names_its_checks()
    {
        await using var app = new ChangeTrackerWebApp();
        using var client = app.CreateClient();

        using var live = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");
        using var readyJson = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("\"healthy\"", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // degraded still serves what is stored
        var root = readyJson.RootElement;
        Assert.Equal("degraded", root.GetProperty("status").GetString());
        Assert.Equal("healthy", root.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Contains("up to date", root.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
        Assert.Equal("no ingestion has run yet", root.GetProperty("checks").GetProperty("ingestion").GetProperty("description").GetString());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";
}
