using ChangeTracker.Cli.Output;
using Xunit;

namespace ChangeTracker.Cli.Tests.Output;

/// <summary>The directly written table is byte for byte the table Spectre.Console draws, and leaves to Spectre what it cannot draw the same.</summary>
public sealed class PlainTableTests
{
    private sealed record Row(string Name, string Count, string Note);

    private static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("name", r => r.Name),
        new("n", r => r.Count, RightAligned: true),
        new("a longer header", r => r.Note),
    ];

    public static TheoryData<string> Tables => new()
    {
        "one row",
        "cells wider than their headers",
        "empty cells",
        "a right-aligned header wider than its cells",
    };

    private static IReadOnlyList<Row> RowsOf(string table) => table switch
    {
        "one row" => [new("frob", "1", "x")],
        "cells wider than their headers" => [new("frobnicator-2000", "123456789", "a note that is longer than its header"), new("zap", "7", "")],
        "empty cells" => [new("", "", ""), new("frob", "", "y")],
        _ => [new("a", "1", "b"), new("bb", "22", "c")],
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_plain_table_is_written_exactly_as_spectre_draws_it(string table)
    {
        var rows = RowsOf(table);
        var plain = new StringWriter();
        var written = PlainTable.TryWrite(plain, Columns.Select(c => c.Header).ToList(), Columns.Select(c => c.RightAligned).ToList(),
            rows.Select(r => (IReadOnlyList<string>)Columns.Select(c => c.Value(r) ?? "").ToList()).ToList());
        var spectre = new StringWriter();
        RowsWriter.WriteSpectreTable(spectre, rows, Columns);

        Assert.True(written);
        Assert.Equal(spectre.ToString(), plain.ToString());
    }

    [Theory]
    [InlineData("naïve")]
    [InlineData("two\nlines")]
    [InlineData("[bold]markup-looking[/]")]
    public void Cells_it_cannot_draw_the_same_go_to_spectre(string cell)
    {
        var rows = new[] { new Row(cell, "1", "x") };
        var output = new StringWriter();
        var written = PlainTable.TryWrite(output, Columns.Select(c => c.Header).ToList(), [false, true, false], [[cell, "1", "x"]]);
        if (written)
        {
            var spectre = new StringWriter();
            RowsWriter.WriteSpectreTable(spectre, rows, Columns);
            Assert.Equal(spectre.ToString(), output.ToString());
        }
        else Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_table_wider_than_the_console_goes_to_spectre()
    {
        var wide = new string('x', PlainTable.Width);
        Assert.False(PlainTable.TryWrite(new StringWriter(), ["name"], [false], [[wide]]));
    }
}
