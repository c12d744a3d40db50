namespace ChangeTracker.Web.Hosting;

/// <summary>Quiet defaults for chatty categories, so they hold wherever the app runs from (appsettings.json may override).</summary>
public static class LoggingDefaults
{
    public static ILoggingBuilder AddChangeTrackerLogFilters(this ILoggingBuilder logging) => logging
        .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
        .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information)
        .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
        .AddFilter("Hangfire", LogLevel.Warning)
        // Polly's own line per attempt carries the whole stack trace of an expected failure (no network, a 404);
        // the sources log one line per attempt themselves (SourcesLog.Retrying) and the failure of the whole fetch.
        .AddFilter("Polly", LogLevel.None);
}

public static class WebHostDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Listens on http://127.0.0.1:5080 unless --urls, ASPNETCORE_URLS or "urls" configuration says otherwise, and
    /// serves the CSS and images from the project's wwwroot in every environment: `dotnet run` from the repository
    /// root is Production with the repository as content root, where the static web assets manifest is otherwise
    /// not read and /css/site.css would be an empty 200. A published app has no such manifest and serves its own wwwroot.
    /// </summary>
    public static IWebHostBuilder UseChangeTrackerDefaults(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        webHost.UseStaticWebAssets();
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["ASPNETCORE_URLS"]))
            webHost.UseUrls(DefaultUrl);
        return webHost;
    }
}
