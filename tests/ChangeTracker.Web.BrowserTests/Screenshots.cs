using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Full-page screenshots into bin/…/artifacts/screenshots, for people to look at after a run.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name, ITestOutputHelper output)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
        return path;
    }
}
