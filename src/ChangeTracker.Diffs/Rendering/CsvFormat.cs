using System.Globalization;
using CsvHelper;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>
/// The one CSV dialect every command, export and API answer writes: RFC 4180 (CRLF after every record, fields quoted
/// when they hold a comma, quote or line break), text a spreadsheet would run as a formula escaped, and — when asked for —
/// a UTF-8 byte order mark first, which spreadsheet programs need to read non-ASCII text correctly.
/// </summary>
public static class CsvFormat
{
    public const char ByteOrderMark = '\uFEFF';

    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
        TrueValue = "true",
        FalseValue = "false",
    };

    public static CsvWriter Create(TextWriter writer) => CsvWriter.Create(writer, Options, leaveOpen: true);

    /// <summary>Writes the byte order mark when <paramref name="bom"/> is set (before anything else is written).</summary>
    public static async Task StartAsync(TextWriter writer, bool bom)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (bom) await writer.WriteAsync(ByteOrderMark).ConfigureAwait(false);
    }

    /// <summary>A header and rows of text fields.</summary>
    public static async Task WriteRowsAsync(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = Create(writer);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    // A signed number ("+5.4", "-3") is a value, not a formula: only text is escaped.
                    if (SignedNumber.TryParse(field, out var number, out var format)) csv.WriteField(number, format);
                    else csv.WriteField(field);
                }
                await csv.EndRecordAsync(ct).ConfigureAwait(false);
            }
            await csv.FlushAsync(ct).ConfigureAwait(false);
        }
    }
}

/// <summary>A number written with its sign ("+5.4"): written as a number in the same format, so it is not taken for a formula.</summary>
internal static class SignedNumber
{
    public static bool TryParse(string? text, out decimal value, out string format)
    {
        value = 0;
        format = "";
        if (text is not { Length: > 1 } || (text[0] != '+' && text[0] != '-')) return false;
        if (!decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)) return false;
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var digits = (text.Contains(',', StringComparison.Ordinal) ? "#,##0" : "0") + (point < 0 ? "" : "." + new string('0', text.Length - point - 1));
        format = $"+{digits};-{digits};{digits}";
        return true;
    }
}
