using System.Text.Json;
using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Facts;
using Spectre.Console;

namespace ChangeTracker.Cli.Output;

/// <summary>Prints rows as a table (default), JSON (the row objects) or CSV (the table's columns, in <see cref="CsvFormat"/>).</summary>
public static class RowsWriter
{
    public static async Task WriteAsync<T>(TextWriter output, OutputFormat format, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns,
        object? json = null, bool bom = false, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case OutputFormat.Json:
                await output.WriteLineAsync(JsonSerializer.Serialize(json ?? rows, ContractJson.Options));
                break;
            case OutputFormat.Csv:
                await CsvFormat.StartAsync(output, bom);
                await CsvFormat.WriteRowsAsync(output, columns.Select(c => c.Header).ToList(),
                    rows.Select(r => (IReadOnlyList<string?>)columns.Select(c => c.Value(r)).ToList()), cancellationToken);
                break;
            default:
                WriteTable(output, rows, columns);
                break;
        }
    }

    private static void WriteTable<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        var cells = rows.Select(r => (IReadOnlyList<string>)columns.Select(c => c.Value(r) ?? "").ToList()).ToList();
        if (!PlainTable.TryWrite(output, columns.Select(c => c.Header).ToList(), columns.Select(c => c.RightAligned).ToList(), cells))
            WriteSpectreTable(output, rows, columns);
    }

    /// <summary>Kept apart so that Spectre.Console is loaded only for the tables <see cref="PlainTable"/> leaves to it.</summary>
    public static void WriteSpectreTable<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)) { Alignment = column.RightAligned ? Justify.Right : Justify.Left });
        foreach (var row in rows)
            table.AddRow(columns.Select(c => Markup.Escape(c.Value(row) ?? "")).ToArray());
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, PlainTable.Width);
        console.Write(table);
    }
}
