using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Versions;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Reports;

/// <summary>Renders a diff report in a format (md, csv, json, html): the CLI, the pages' export buttons and the export job share it.</summary>
public sealed class ReportExporter(DiffUseCase diffs, IOptions<ChangeTrackerOptions> options)
{
    public static DiffReportRenderers Renderers => DiffReportRenderers.Default;

    public async Task<(VersionDiff Diff, IDiffReportRenderer Renderer)> RenderAsync(
        GoVersion from, GoVersion to, string format, TextWriter writer, CancellationToken cancellationToken, DiffFilter? filter = null)
    {
        var renderer = Renderers.Get(format);
        var diff = await diffs.DiffAsync(from, to, filter, cancellationToken);
        await renderer.RenderAsync(diff, writer, cancellationToken);
        return (diff, renderer);
    }

    public static string FileName(GoVersion from, GoVersion to, IDiffReportRenderer renderer) =>
        $"go{from}-to-go{to}{renderer.FileExtension}";

    /// <summary>Writes the report into <paramref name="folder"/> (default: "exports" beside the database) and returns the file path.</summary>
    public async Task<string> ExportToFolderAsync(string from, string to, string format, string? folder, CancellationToken cancellationToken, DiffFilter? filter = null, bool bom = false)
    {
        var (fromVersion, toVersion) = (GoVersion.Parse(from), GoVersion.Parse(to));
        var renderer = Renderers.Get(format);
        var target = folder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Value.DatabasePath))!, "exports");
        Directory.CreateDirectory(target);
        var path = Path.Combine(target, FileName(fromVersion, toVersion, renderer));
        var temp = path + ".tmp";
        await using (var writer = new StreamWriter(temp))
        {
            await CsvFormat.StartAsync(writer, bom && renderer.Format == "csv");
            await RenderAsync(fromVersion, toVersion, format, writer, cancellationToken, filter);
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
