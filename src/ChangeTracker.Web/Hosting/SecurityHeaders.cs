namespace ChangeTracker.Web.Hosting;

/// <summary>
/// The only place that sets the security headers, on every response whatever its content type (pages, API, feed,
/// exports, errors): no sniffing, no referrer, no framing, and a content policy chosen by path. Scraped text is
/// untrusted, so the dashboard allows no script at all and only same-origin resources; the Hangfire dashboard and
/// the API reference run their own scripts and get no content policy.
/// </summary>
public static class SecurityHeaders
{
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "frame-ancestors 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

    /// <summary>Content policy by path prefix, first match wins; a null policy sends none.</summary>
    private static readonly (PathString Prefix, string? Policy)[] PoliciesByPath =
    [
        ("/hangfire", null),
        ("/api/reference", null),
        ("", DashboardContentSecurityPolicy),
    ];

    public static IApplicationBuilder UseChangeTrackerSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (PolicyFor(context.Request.Path) is { } policy)
                headers.ContentSecurityPolicy = policy;
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static string? PolicyFor(PathString path) =>
        PoliciesByPath.First(p => !p.Prefix.HasValue || path.StartsWithSegments(p.Prefix, StringComparison.OrdinalIgnoreCase)).Policy;
}
