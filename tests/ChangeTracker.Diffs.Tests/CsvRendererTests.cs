using ChangeTracker.Diffs.Rendering;
using ChangeTracker.Domain.Facts;
using CsvHelper;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class CsvRendererTests
{
    private static async Task<List<Dictionary<string, string>>> ParseAsync(VersionDiff diff)
    {
        var text = await RenderHelper.RenderAsync("csv", diff);
        using var reader = CsvReader.Create(new StringReader(text));
        var rows = new List<Dictionary<string, string>>();
        var header = reader.Headers.ToList();
        Assert.Equal(CsvDiffRenderer.Columns, header);
        while (reader.Read())
            rows.Add(header.Select((h, i) => (h, v: reader.GetString(i))).ToDictionary(x => x.h, x => x.v));
        return rows;
    }

    [Fact]
    public async Task One_row_per_fact_announcement_distribution_row_and_revision()
    {
        var diff = Go111To112();
        var rows = await ParseAsync(diff);

        Assert.Equal(diff.Facts.Count, rows.Count(r => r["section"] == "facts"));
        Assert.Equal(diff.ComingNext.Count, rows.Count(r => r["section"] == "comingNext"));
        Assert.Equal(diff.Distribution.Count, rows.Count(r => r["section"] == "distribution"));
        Assert.Equal(diff.Revisions.Count, rows.Count(r => r["section"] == "revisions"));
        Assert.Equal(diff.Facts.Count + diff.ComingNext.Count + diff.Distribution.Count + diff.Revisions.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(("1.11", "1.12"), (r["from"], r["to"])));
    }

    [Fact]
    public async Task Fact_and_distribution_rows_carry_their_fields()
    {
        var rows = await ParseAsync(Go111To112());

        var arm = Assert.Single(rows, r => r["subject"] == "windows/arm");
        Assert.Equal(("facts", "port_added", "1.12", "windows/arm", "true"), (arm["section"], arm["kind"], arm["version"], arm["port"], arm["experimental"]));
        Assert.Equal("https://go.dev/doc/go1.12#windows", arm["source"]);

        var linux = Assert.Single(rows, r => r["section"] == "distribution" && r["os"] == "linux");
        Assert.Equal(("amd64", "archive", "go1.11.linux-amd64.tar.gz", "104857600"), (linux["arch"], linux["kind"], linux["fromFile"], linux["fromBytes"]));
        Assert.Equal(((long)(121.3 * MiB) - 100 * MiB).ToString(), linux["deltaBytes"]);

        var source = Assert.Single(rows, r => r["section"] == "distribution" && r["kind"] == "source");
        Assert.Equal("-1048576", source["deltaBytes"]); // a number, not escaped as a formula

        var aix = Assert.Single(rows, r => r["section"] == "distribution" && r["os"] == "aix");
        Assert.Equal("", aix["fromFile"]);
        Assert.Equal("", aix["deltaBytes"]);

        var security = Assert.Single(rows, r => r["section"] == "revisions" && r["version"] == "1.11.3");
        Assert.Equal(("2018-12-12", "true", "false"), (security["date"], security["security"], security["shouldNotBeUsed"]));
    }

    [Fact]
    public async Task A_revision_that_should_not_be_used_has_the_flag_and_an_empty_date()
    {
        var rows = (await ParseAsync(Go113To114WithNotForUse())).Where(r => r["section"] == "revisions").ToList();

        Assert.Equal(["false", "true", "false"], rows.Select(r => r["shouldNotBeUsed"]));
        var flagged = Assert.Single(rows, r => r["version"] == "1.13.2");
        Assert.Equal(("", "false"), (flagged["date"], flagged["security"]));
    }

    [Fact]
    public async Task Text_with_commas_quotes_and_line_breaks_round_trips_and_formulas_are_defused()
    {
        var tricky = Fact(FactKind.Feature, "1.12", "a, \"quoted\"\nsubject", summary: "=HYPERLINK(\"http://evil\")");
        var diff = DiffEngine.Compute(V("1.11"), V("1.12"), new DiffInput { KnownLines = KnownLines, Facts = [tricky] });

        var row = Assert.Single(await ParseAsync(diff));

        Assert.Equal("a, \"quoted\"\nsubject", row["subject"]);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", row["summary"]);
    }
}
