using System.Globalization;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;
using CsvHelper;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>
/// One CSV row per lost target, coverage gap, fact, coming-next announcement, distribution row and minor revision, in
/// report order (what can break first, features after coming next); the "section" column (targets, coverage, facts,
/// comingNext, distribution, revisions) says which. Written in <see cref="CsvFormat"/>'s dialect (RFC 4180, CRLF).
/// </summary>
public sealed class CsvDiffRenderer : IDiffReportRenderer
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "section", "from", "to", "id", "kind", "version", "breaking", "tentative", "status", "resolvedIn",
        "component", "category", "subject", "summary", "source", "symbols",
        "os", "osVersion", "arch", "port", "renamedTo", "experimental", "area", "minimum", "godebug",
        "lastVersion", "announcedIn", "effectiveVersion",
        "fromFile", "fromBytes", "toFile", "toBytes", "deltaBytes", "date", "security", "shouldNotBeUsed",
    ];

    public string Format => "csv";
    public string ContentType => "text/csv; charset=utf-8";
    public string FileExtension => ".csv";

    public async Task RenderAsync(VersionDiff diff, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(writer);
        var csv = CsvFormat.Create(writer);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader([.. Columns]);
            var from = diff.From.ToString();
            var to = diff.To.ToString();
            foreach (var loss in diff.TargetLosses)
            {
                await WriteAsync(csv, Row(("section", "targets"), ("from", from), ("to", to), ("id", loss.Fact.Id), ("kind", loss.Fact.Kind.ToName()),
                    ("version", loss.Fact.Version.ToString()), ("subject", loss.Target.ToString()), ("summary", loss.Sentence), ("source", loss.Fact.Source)), ct).ConfigureAwait(false);
            }
            foreach (var note in diff.Coverage)
            {
                await WriteAsync(csv, Row(("section", "coverage"), ("from", from), ("to", to), ("version", note.Version),
                    ("subject", note.Source), ("summary", note.Note)), ct).ConfigureAwait(false);
            }
            foreach (var fact in diff.Facts.Where(f => FactOrder.BeforeComingNext.Contains(f.Kind)))
                await WriteAsync(csv, FactRow("facts", from, to, fact), ct).ConfigureAwait(false);
            foreach (var fact in diff.ComingNext)
                await WriteAsync(csv, FactRow("comingNext", from, to, fact), ct).ConfigureAwait(false);
            foreach (var fact in diff.Facts.Where(f => FactOrder.AfterComingNext.Contains(f.Kind)))
                await WriteAsync(csv, FactRow("facts", from, to, fact), ct).ConfigureAwait(false);
            foreach (var row in diff.Distribution)
            {
                await WriteAsync(csv, Row(("section", "distribution"), ("from", from), ("to", to),
                    ("kind", row.Kind.ToName()), ("os", row.Os), ("arch", row.Arch),
                    ("fromFile", row.FromFile), ("fromBytes", row.FromBytes),
                    ("toFile", row.ToFile), ("toBytes", row.ToBytes), ("deltaBytes", row.DeltaBytes)), ct).ConfigureAwait(false);
            }
            foreach (var revision in diff.Revisions)
            {
                await WriteAsync(csv, Row(("section", "revisions"), ("from", from), ("to", to),
                    ("version", revision.Version.ToString()), ("summary", revision.Summary),
                    ("date", revision.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("security", revision.Security), ("shouldNotBeUsed", revision.ShouldNotBeUsed)), ct).ConfigureAwait(false);
            }
            await csv.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    private static object?[] FactRow(string section, string from, string to, Fact fact) => Row(
        ("section", section), ("from", from), ("to", to), ("id", fact.Id), ("kind", fact.Kind.ToName()),
        ("version", fact.Version.ToString()), ("breaking", fact.Breaking), ("tentative", fact.Tentative),
        ("status", fact.Status?.ToName()), ("resolvedIn", fact.ResolvedIn?.ToString()),
        ("component", fact.Component), ("category", fact.Category),
        ("subject", fact.Subject), ("summary", fact.Summary), ("source", fact.Source), ("symbols", fact.Symbols.ToString()),
        ("os", fact.Os), ("osVersion", fact.OsVersion), ("port", fact.Port), ("renamedTo", fact.RenamedTo),
        ("experimental", fact.Experimental), ("area", fact.Area), ("minimum", fact.Minimum), ("godebug", fact.Godebug),
        ("lastVersion", fact.LastVersion?.ToString()), ("announcedIn", fact.AnnouncedIn?.ToString()),
        ("effectiveVersion", fact.EffectiveVersion?.ToString()));

    private static object?[] Row(params ReadOnlySpan<(string Column, object? Value)> values)
    {
        var row = new object?[Columns.Count];
        foreach (var (column, value) in values)
        {
            var index = IndexOf(column);
            row[index] = value;
        }
        return row;
    }

    private static int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i] == column) return i;
        throw new InvalidOperationException($"no CSV column '{column}'");
    }

    /// <summary>Writes numbers and booleans as values (never escaped) and everything else as text.</summary>
    private static async Task WriteAsync(CsvWriter csv, object?[] row, CancellationToken ct)
    {
        foreach (var value in row)
        {
            switch (value)
            {
                case long number: csv.WriteField(number, default); break;
                case bool flag: csv.WriteField(flag); break;
                default: csv.WriteField(value as string); break;
            }
        }
        await csv.EndRecordAsync(ct).ConfigureAwait(false);
    }
}
