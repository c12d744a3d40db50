using ChangeTracker.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChangeTracker.Web.Pages;

/// <summary>
/// Base of every dashboard page: cached as a page. The security headers (a script-free content policy among them)
/// come from <see cref="ChangeTracker.Web.Hosting.SecurityHeaders"/>, like on every other response.
/// </summary>
[Cached(CacheKind.Page)]
public abstract class DashboardPageModel : PageModel
{
    /// <summary>Sets the status code for a page that still renders a friendly message (404, 400).</summary>
    protected void StatusWithPage(int statusCode) => Response.StatusCode = statusCode;
}
