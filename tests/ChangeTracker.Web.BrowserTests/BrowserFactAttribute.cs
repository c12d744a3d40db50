using ChangeTracker.Testing;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Where the browser is and why a browser test would be skipped.</summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>Null when the test must run: the browser and the go.dev copy are present, or CI is set (then a missing one fails).</summary>
    public static string? SkipReason =>
        GoSite.SkipReason
        ?? (HasChromium || GoSite.IsCi ? null : $"Chromium not found at {ChromiumPath} (apt-get install chromium); browser tests skipped outside CI");
}

/// <summary>A Playwright test: skipped with a reason when Chromium or ../shared/go-site is missing, except under CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason) Skip = reason;
    }
}
