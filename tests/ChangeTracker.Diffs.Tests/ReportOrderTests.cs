using ChangeTracker.Diffs.Narrowing;
using Xunit;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

/// <summary>Every rendering leads with what can break, then deprecations and coming next, then features, sizes, revisions.</summary>
public sealed class ReportOrderTests
{
    private static VersionDiff Go111To114() => Diff("1.11", "1.14", Input(Go111Files, Go112Files));

    [Theory]
    [InlineData("md", "## Removals", "## Deprecations", "## Coming next", "## Features", "## Distribution size changes", "## Minor revisions")]
    [InlineData("html", "id=\"removal\"", "id=\"deprecation\"", "id=\"coming-next\"", "id=\"feature\"", "id=\"distribution\"", "id=\"revisions\"")]
    public async Task Sections_come_in_report_order(string format, params string[] markers)
    {
        var text = await RenderHelper.RenderAsync(format, Go111To114());
        var positions = markers.Select(m => text.IndexOf(m, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, $"a section is missing from the {format} report"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Csv_lists_coming_next_before_features()
    {
        var lines = (await RenderHelper.RenderAsync("csv", Go111To114())).Split('\n');
        var lastComing = Array.FindLastIndex(lines, l => l.StartsWith("comingNext,", StringComparison.Ordinal));
        var firstFeature = Array.FindIndex(lines, l => l.StartsWith("facts,", StringComparison.Ordinal) && l.Contains(",feature,", StringComparison.Ordinal));
        Assert.True(lastComing >= 0 && firstFeature > lastComing);
    }

    [Fact]
    public async Task The_headline_counts_come_first()
    {
        var md = await RenderHelper.RenderAsync("md", Go111To114());
        var headline = md.Split('\n').First(l => l.StartsWith("**", StringComparison.Ordinal));
        Assert.Matches(@"^\*\*\d+ breaking · \d+ deprecations? · \d+ features?", headline);
        Assert.True(md.IndexOf(headline, StringComparison.Ordinal) < md.IndexOf("## ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_features_are_collapsed_per_component_with_counts()
    {
        var html = await RenderHelper.RenderAsync("html", Go111To114());
        var features = html[html.IndexOf("id=\"feature\"", StringComparison.Ordinal)..];
        Assert.Matches(@"<details><summary>go command <span class=""meta"">\(\d+\)</span></summary>", features);
        Assert.DoesNotContain("<details open", features, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_narrowed_report_names_its_targets_and_what_they_lose()
    {
        var narrowed = DiffNarrowing.Apply(Go111To114(), new DiffFilter(DiffTarget.ParseList(["darwin/386", "macOS 10.10"]), false));
        var md = await RenderHelper.RenderAsync("md", narrowed);
        Assert.Contains("Narrowed to darwin/386, macOS 10.10", md, StringComparison.Ordinal);
        Assert.Contains("## Your targets", md, StringComparison.Ordinal);
        Assert.Contains("- macOS 10.10: Go 1.13 drops it (Go 1.12 is the last release that supports it).", md, StringComparison.Ordinal);
    }
}
