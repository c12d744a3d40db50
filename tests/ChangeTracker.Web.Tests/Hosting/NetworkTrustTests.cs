using System.Net;
using System.Net.Http.Headers;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>
/// Host-header and proxy cases over real Kestrel on 127.0.0.1: DNS rebinding (a foreign Host) is refused, /hangfire is
/// local only for a loopback connection with a loopback Host and no unread forwarding header, and forwarded headers
/// count only from configured proxies.
/// </summary>
public sealed class NetworkTrustTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/versions")]
    [InlineData("/hangfire")]
    public async Task A_foreign_host_name_is_refused_everywhere(string path)
    {
        await using var app = Start();
        using var client = app.CreateClient();

        using var response = await SendAsync(client, path, host: "rebound.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Hangfire_is_open_to_a_loopback_client_naming_a_loopback_host(string host)
    {
        await using var app = Start();
        using var client = app.CreateClient();

        using var response = await SendAsync(client, "/hangfire", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_host_is_served_but_hangfire_is_not_local_under_it()
    {
        await using var app = Start(("AllowedHosts", "tracker.example"));
        using var client = app.CreateClient();

        using var page = await SendAsync(client, "/", "tracker.example");
        using var jobs = await SendAsync(client, "/hangfire", "tracker.example");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, jobs.StatusCode);
    }

    [Fact]
    public async Task A_proxy_on_this_machine_does_not_make_its_visitors_local()
    {
        await using var app = Start();
        using var client = app.CreateClient();

        using var response = await SendAsync(client, "/hangfire", "localhost", forwardedFor: "203.0.113.7");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Through_a_configured_proxy_a_remote_visitor_needs_the_credentials()
    {
        await using var app = Start(("ChangeTracker:Web:KnownProxies:0", "127.0.0.1"), ("ChangeTracker:Dashboard:UserName", "ops"), ("ChangeTracker:Dashboard:Password", "s3cret"));
        using var client = app.CreateClient();

        using var anonymous = await SendAsync(client, "/hangfire", "localhost", forwardedFor: "203.0.113.7");
        using var withCredentials = await SendAsync(client, "/hangfire", "localhost", forwardedFor: "203.0.113.7", basic: "ops:s3cret");
        using var wrongCredentials = await SendAsync(client, "/hangfire", "localhost", forwardedFor: "203.0.113.7", basic: "ops:guess");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCredentials.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCredentials.StatusCode);
    }

    private static ChangeTrackerWebApp Start(params (string Key, string Value)[] settings)
    {
        var app = new ConfiguredWebApp(settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string host, string? forwardedFor = null, string? basic = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (basic is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(basic)));
        return await client.SendAsync(request);
    }

    private sealed class ConfiguredWebApp((string Key, string Value)[] settings) : ChangeTrackerWebApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}
