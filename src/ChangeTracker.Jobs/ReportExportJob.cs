using ChangeTracker.Application.Reports;

namespace ChangeTracker.Jobs;

/// <summary>Writes a diff report (md, csv, json, html) to the exports folder, as `changetracker export` does.</summary>
public sealed class ReportExportJob(ReportExporter exporter)
{
    public Task<string> RunAsync(string from, string to, string format, CancellationToken cancellationToken) =>
        exporter.ExportToFolderAsync(from, to, format, null, cancellationToken);
}
