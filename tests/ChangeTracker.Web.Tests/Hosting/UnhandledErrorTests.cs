using System.Net;
using System.Text.Json;
using ChangeTracker.Application.Queries;
using ChangeTracker.Storage;
using ChangeTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>An exception inside a handler comes out as a 500 problem details document without the exception's text.</summary>
public sealed class UnhandledErrorTests
{
    [Fact]
    public async Task An_unhandled_error_is_a_500_problem_without_internals()
    {
        await using var app = new BrokenDatabaseApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/versions");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain(BrokenDatabase.Message, body);
    }

    private sealed class BrokenDatabaseApp : ChangeTrackerWebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureTestServices(services => services.AddSingleton(new VersionsQuery(BrokenDatabase.Target)));
        }
    }

    /// <summary>A database whose connection fails with <see cref="Message"/> in the exception (an unknown connection-string keyword).</summary>
    private static class BrokenDatabase
    {
        public const string Message = "simulated database failure 7f3a";

        public static DatabaseTarget Target => new(DatabaseProvider.Sqlite, $"Data Source=:memory:;{Message}=1");
    }
}
