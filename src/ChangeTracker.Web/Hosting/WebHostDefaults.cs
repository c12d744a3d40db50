namespace ChangeTracker.Web.Hosting;

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
