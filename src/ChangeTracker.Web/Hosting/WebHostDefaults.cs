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
        .AddFilter("Polly", LogLevel.Warning);
}

public static class WebHostDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Listens on http://127.0.0.1:5080 unless --urls, ASPNETCORE_URLS or "urls" configuration says otherwise.</summary>
    public static IWebHostBuilder UseChangeTrackerDefaults(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["ASPNETCORE_URLS"]))
            webHost.UseUrls(DefaultUrl);
        return webHost;
    }
}
