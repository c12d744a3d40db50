using ChangeTracker.Web.Caching;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChangeTracker.Web.Pages;

/// <summary>
/// Base of every dashboard page: sends the security headers before the handler runs. Scraped text is
/// untrusted, so pages allow no script at all and only same-origin resources.
/// </summary>
[Cached(CacheKind.Page)]
public abstract class DashboardPageModel : PageModel
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "frame-ancestors 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        base.OnPageHandlerExecuting(context);
    }

    /// <summary>Sets the status code for a page that still renders a friendly message (404, 400).</summary>
    protected void StatusWithPage(int statusCode) => Response.StatusCode = statusCode;
}
