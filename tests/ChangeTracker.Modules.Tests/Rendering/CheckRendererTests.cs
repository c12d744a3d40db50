using System.Text.Json;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Checking;
using ChangeTracker.Modules.Reading;
using ChangeTracker.Modules.Rendering;
using static ChangeTracker.Modules.Tests.Checking.CheckFacts;

namespace ChangeTracker.Modules.Tests.Rendering;

public sealed class CheckRendererTests
{
    private static readonly CheckReport Report = ModuleCheck.Run(
        ModuleReader.Read(ModuleSources.FromText("module example.com/x\ngo 1.21\n", null, new Dictionary<string, string> { ["a.go"] = "package a\nimport \"net\"\n" })),
        Diff("1.21", "1.23",
            Make(FactKind.BehaviorChange, "1.22", "<script>alert(1)</script> *net* now =cmd|' /C calc'!A0", "net"),
            Make(FactKind.Deprecation, "1.23", "A made-up net deprecation.", "net")),
        []);

    private static async Task<string> RenderAsync(string format)
    {
        Assert.True(CheckReportRenderers.TryGet(format, out var renderer));
        await using var writer = new StringWriter();
        await renderer.RenderAsync(Report, writer, CancellationToken.None);
        return writer.ToString();
    }

    [Fact]
    public async Task Markdown_leads_with_what_can_break_and_escapes_the_notes_text()
    {
        var md = await RenderAsync("markdown");

        Assert.StartsWith("# Upgrade check of example.com/x: Go 1.21 → Go 1.23", md);
        Assert.True(md.IndexOf("## What can break", StringComparison.Ordinal) < md.IndexOf("## Worth a look", StringComparison.Ordinal));
        Assert.Contains("\\<script\\>", md);
        Assert.DoesNotContain("<script>", md);
        Assert.Contains("## What this check could not judge", md);
    }

    [Fact]
    public async Task Html_encodes_every_value()
    {
        var html = await RenderAsync("html");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public async Task Csv_escapes_formula_text_and_has_one_row_per_finding_and_note()
    {
        var csv = await RenderAsync("csv");
        var lines = csv.TrimEnd('\n').Split('\n');

        Assert.Equal(string.Join(',', CsvCheckRenderer.Columns), lines[0]);
        Assert.Equal(1 + Report.Findings.Count + Report.NotJudged.Count, lines.Length);
        Assert.StartsWith("packages,true,", lines[1]);
        Assert.DoesNotContain(",=cmd", csv);
    }

    [Fact]
    public async Task Json_has_the_documented_fields_and_the_facts_contract()
    {
        using var doc = JsonDocument.Parse(await RenderAsync("json"));
        var root = doc.RootElement;

        foreach (var field in new[] { "module", "goLine", "toolchain", "from", "to", "filesRead", "standardImports", "targets", "breaking", "findings", "notJudged" })
            Assert.True(root.TryGetProperty(field, out _), $"no '{field}'");
        Assert.Equal(1, root.GetProperty("breaking").GetInt32());
        var first = root.GetProperty("findings")[0];
        Assert.Equal("packages", first.GetProperty("section").GetString());
        Assert.Equal("imports net (file a.go)", first.GetProperty("why")[0].GetString());
        Assert.Equal("behavior_change", first.GetProperty("fact").GetProperty("kind").GetString());
        Assert.StartsWith("imports net (file a.go) → Go 1.22 ", first.GetProperty("line").GetString());
    }

    [Fact]
    public void Unknown_formats_are_refused()
    {
        Assert.False(CheckReportRenderers.TryGet("xml", out _));
        Assert.True(CheckReportRenderers.TryGet("md", out var md));
        Assert.Equal(".md", md.FileExtension);
    }
}
