using ChangeTracker.Diffs.Rendering;

namespace ChangeTracker.Diffs.Tests;

internal static class RenderHelper
{
    public static async Task<string> RenderAsync(string format, VersionDiff diff)
    {
        var renderer = DiffReportRenderers.Default.Get(format);
        using var writer = new StringWriter();
        await renderer.RenderAsync(diff, writer, CancellationToken.None);
        return writer.ToString();
    }
}
