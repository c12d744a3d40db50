using ChangeTracker.Diffs.Rendering;

namespace ChangeTracker.Diffs.Tests;

internal static class RenderHelper
{
    public static async Task<string> RenderAsync(string format, VersionDiff diff)
    {
        var renderer = DiffReportRenderers.Default.Get(format);
        using var writer = new StringWriter();
        await renderer.RenderAsync(diff, writer, TestContext.Token);
        return writer.ToString();
    }
}

internal static class TestContext
{
    public static CancellationToken Token => CancellationToken.None;
}
