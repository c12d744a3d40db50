using ChangeTracker.Diffs.Rendering;

namespace ChangeTracker.Diffs.Tests;

public class RegistryTests
{
    [Theory]
    [InlineData("json", "json", "application/json; charset=utf-8", ".json")]
    [InlineData("md", "md", "text/markdown; charset=utf-8", ".md")]
    [InlineData("Markdown", "md", "text/markdown; charset=utf-8", ".md")]
    [InlineData(" CSV ", "csv", "text/csv; charset=utf-8", ".csv")]
    [InlineData(".html", "html", "text/html; charset=utf-8", ".html")]
    public void Formats_are_found_by_name(string name, string format, string contentType, string extension)
    {
        var renderer = DiffReportRenderers.Default.Get(name);

        Assert.Equal((format, contentType, extension), (renderer.Format, renderer.ContentType, renderer.FileExtension));
    }

    [Fact]
    public void An_unknown_format_lists_the_valid_ones()
    {
        var ex = Assert.Throws<UnknownReportFormatException>(() => DiffReportRenderers.Default.Get("xml"));

        Assert.Contains("'xml'", ex.Message);
        Assert.Contains("csv, html, json, md", ex.Message);
        Assert.Equal(["csv", "html", "json", "md"], DiffReportRenderers.Default.Formats);
        Assert.False(DiffReportRenderers.Default.TryGet(null, out _));
    }

    [Fact]
    public void Two_renderers_for_one_format_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DiffReportRenderers([new JsonDiffRenderer(), new JsonDiffRenderer()]));
    }

    [Fact]
    public async Task Rendering_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var diff = TestData.Go111To112();

        foreach (var format in DiffReportRenderers.Default.Formats)
        {
            using var writer = new StringWriter();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => DiffReportRenderers.Default.Get(format).RenderAsync(diff, writer, cts.Token));
        }
    }
}
