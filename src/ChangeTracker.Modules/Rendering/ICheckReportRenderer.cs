using System.Diagnostics.CodeAnalysis;
using ChangeTracker.Modules.Checking;

namespace ChangeTracker.Modules.Rendering;

/// <summary>Writes a <see cref="CheckReport"/> in one format (md, html, json, csv), like the diff renderers.</summary>
public interface ICheckReportRenderer
{
    string Format { get; }
    string ContentType { get; }
    string FileExtension { get; }

    Task RenderAsync(CheckReport report, TextWriter writer, CancellationToken ct);
}

/// <summary>Finds a check renderer by format name ("markdown" and "md" are the same).</summary>
public static class CheckReportRenderers
{
    public static IReadOnlyList<ICheckReportRenderer> All { get; } =
        [new MarkdownCheckRenderer(), new HtmlCheckRenderer(), new JsonCheckRenderer(), new CsvCheckRenderer()];

    public static IReadOnlyList<string> Formats { get; } = ["markdown", "html", "json", "csv"];

    public static bool TryGet(string? format, [NotNullWhen(true)] out ICheckReportRenderer? renderer)
    {
        var key = format?.Trim().TrimStart('.').ToLowerInvariant();
        if (key == "markdown") key = "md";
        renderer = All.FirstOrDefault(r => r.Format == key);
        return renderer is not null;
    }

    public static string FileName(CheckReport report, ICheckReportRenderer renderer) =>
        $"check-go{report.From}-to-go{report.To}{renderer.FileExtension}";
}
