using System.Globalization;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Checking;
using CsvHelper;

namespace ChangeTracker.Modules.Rendering;

/// <summary>One CSV row per finding (breaking first) and per note on what was not judged; formula-like text is escaped.</summary>
public sealed class CsvCheckRenderer : ICheckReportRenderer
{
    public static IReadOnlyList<string> Columns { get; } =
        ["section", "breaking", "why", "id", "kind", "version", "component", "subject", "summary", "godebug", "source"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        NewLine = "\n",
        TrueValue = "true",
        FalseValue = "false",
    };

    public string Format => "csv";
    public string ContentType => "text/csv; charset=utf-8";
    public string FileExtension => ".csv";

    public async Task RenderAsync(CheckReport report, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader([.. Columns]);
            foreach (var finding in report.Findings)
            {
                var f = finding.Fact;
                csv.WriteField(CheckReport.SectionName(finding.Section));
                csv.WriteField(finding.Breaking);
                foreach (var text in new[] { finding.Why, f.Id, f.Kind.ToName(), f.Version.ToString(), f.Component, f.Subject, f.Summary, f.Godebug, f.Source })
                    csv.WriteField(text);
                await csv.EndRecordAsync(ct).ConfigureAwait(false);
            }
            foreach (var note in report.NotJudged)
            {
                csv.WriteField("notJudged");
                csv.WriteField(false);
                csv.WriteField(note);
                for (var i = 3; i < Columns.Count; i++) csv.WriteField((string?)null);
                await csv.EndRecordAsync(ct).ConfigureAwait(false);
            }
            await csv.FlushAsync(ct).ConfigureAwait(false);
        }
    }
}
