using ChangeTracker.Web.Pages;

namespace ChangeTracker.Web.Hosting;

/// <summary>
/// The security headers on every response, whatever its content type (pages, API, feed, exports, errors): no
/// sniffing, no referrer, no framing, and the dashboard's script-free content policy. The Hangfire dashboard and the
/// API reference run their own scripts and keep everything but the content policy.
/// </summary>
public static class SecurityHeaders
{
    private static readonly string[] ScriptedPaths = ["/hangfire", "/api/reference"];

    public static IApplicationBuilder UseChangeTrackerSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            var scripted = ScriptedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
            if (!scripted && string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                headers.ContentSecurityPolicy = DashboardPageModel.ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        await next(context);
    });
}
