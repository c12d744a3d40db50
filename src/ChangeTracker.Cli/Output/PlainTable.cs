using System.Text;

namespace ChangeTracker.Cli.Output;

/// <summary>
/// The table that Spectre.Console draws with its simple border, written directly when that is easy to do exactly: every
/// cell is one line of printable ASCII and the whole table fits in <see cref="Width"/> columns, the narrowest console
/// the CLI draws for, so Spectre would not wrap anything either. The bytes are the same (a test compares them), and a
/// short command such as <c>versions</c> does not have to load and JIT-compile Spectre.Console at start-up. Anything
/// else is left to Spectre.
/// </summary>
public static class PlainTable
{
    public const int Width = 160;

    public static bool TryWrite(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<bool> rightAligned, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0 || !headers.Concat(rows.SelectMany(r => r)).All(IsPlain)) return false;
        var widths = headers.Select((header, c) => Math.Max(header.Length, rows.Max(r => r[c].Length))).ToList();
        var total = widths.Sum() + 3 * widths.Count + 1;
        if (total > Width) return false;

        var text = new StringBuilder((rows.Count + 4) * (total + 1));
        text.Append(' ', total).Append('\n');
        Row(text, headers, widths, rightAligned);
        text.Append('─', total).Append('\n');
        foreach (var row in rows) Row(text, row, widths, rightAligned);
        text.Append(' ', total).Append('\n');
        output.Write(text.ToString());
        return true;
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<int> widths, IReadOnlyList<bool> rightAligned)
    {
        text.Append(' ');
        for (var c = 0; c < cells.Count; c++)
        {
            var padding = widths[c] - cells[c].Length;
            text.Append(' ');
            if (rightAligned[c]) text.Append(' ', padding).Append(cells[c]);
            else text.Append(cells[c]).Append(' ', padding);
            text.Append(' ');
            if (c < cells.Count - 1) text.Append(' ');
        }
        text.Append(' ').Append('\n');
    }

    private static bool IsPlain(string cell) => cell.All(ch => ch is >= ' ' and <= '~');
}
