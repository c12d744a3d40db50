namespace ChangeTracker.Web.Api;

/// <summary>The JSON API under /api (route table first, handlers in files beside this one).</summary>
public static class ApiEndpoints
{
    public static WebApplication MapChangeTrackerApi(this WebApplication app) => app;

    public static WebApplication MapFeeds(this WebApplication app) => app;
}
