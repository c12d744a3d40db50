using System.Net;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>/hangfire is open to loopback clients only; TestServer has no remote address, so this needs real Kestrel.</summary>
public sealed class HangfireDashboardTests
{
    [Fact]
    public async Task The_dashboard_answers_200_to_a_loopback_client_over_kestrel()
    {
        await using var app = new ChangeTrackerWebApp();
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();

        Assert.Equal("127.0.0.1", client.BaseAddress?.Host);
        Assert.NotEqual(0, client.BaseAddress?.Port);
        using var response = await client.GetAsync("/hangfire");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ChangeTracker jobs", body);
    }

    [Fact]
    public async Task The_dashboard_refuses_a_client_without_a_loopback_address()
    {
        await using var app = new ChangeTrackerWebApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
