using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Web.Hosting;

/// <summary>Who may open /hangfire from another machine: nobody, unless a user name and password are configured.</summary>
public sealed class HangfireDashboardOptions
{
    public const string SectionName = "ChangeTracker:Dashboard";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public static class HangfireDashboardSetup
{
    public static WebApplication MapChangeTrackerHangfireDashboard(this WebApplication app)
    {
        if (app.Services.GetService<ChangeTracker.Jobs.JobsStatus>() is { Available: false }) return app;
        var options = app.Services.GetRequiredService<IOptions<HangfireDashboardOptions>>().Value;
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new LocalOrBasicAuthorization(options)],
            DashboardTitle = "ChangeTracker jobs",
        });
        return app;
    }

    /// <summary>
    /// Local requests pass; remote ones need HTTP Basic credentials matching the configured ones. Local means a
    /// loopback connection <em>and</em> a loopback Host (a page elsewhere whose name resolves to 127.0.0.1 sends its own
    /// name: DNS rebinding) <em>and</em> no forwarding header left unread (a proxy on this machine that is not a
    /// configured one would make every visitor look local).
    /// </summary>
    private sealed class LocalOrBasicAuthorization(HangfireDashboardOptions options) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (IsLocal(http)) return true;
            if (string.IsNullOrEmpty(options.UserName) || string.IsNullOrEmpty(options.Password)) return false;
            var header = http.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"ChangeTracker jobs\"";
                return false;
            }
            var expected = Encoding.UTF8.GetBytes($"{options.UserName}:{options.Password}");
            byte[] given;
            try { given = Convert.FromBase64String(header[6..].Trim()); }
            catch (FormatException) { return false; }
            return CryptographicOperations.FixedTimeEquals(given, expected);
        }

        internal static bool IsLocal(HttpContext http) =>
            http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
            && NetworkOptions.IsLoopbackHost(http.Request.Host.Host)
            && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("Forwarded");
    }
}
