using System.Text.Json;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>One command model: bad input is one plain sentence on standard error with exit code 2, data goes to standard output.</summary>
public sealed class UsageTests(CliFixture cli) : IClassFixture<CliFixture>
{
    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["versions", "--format", "xml"], "--format xml is not a format of this command; use one of table, json, csv." },
        { ["diff", "1.12", "1.13", "--format", "table"], "--format table is not a format of this command; use one of md, json, csv, html." },
        { ["export", "1.12", "1.13", "--format", "table"], "--format table is not a format of this command; use one of md, json, csv, html." },
        { ["facts", "--format", "html"], "--format html is not a format of this command; use one of table, json, csv, md." },
        { ["history", "--limit", "abc"], "--limit abc is not a whole number from 1 to 10000." },
        { ["history", "--limit", "0"], "--limit 0 is not a whole number from 1 to 10000." },
        { ["history", "--run", "x"], "--run x is not a run number (a whole number from 1)." },
        { ["facts", "--kind", "rumour"], "--kind rumour is not a fact kind; use one of port_removed," },
        { ["sizes", "--kind", "zip"], "--kind zip is not a kind of download; use one of archive, installer, source." },
        { ["sizes", "--os", "nope"], "--os nope is not the GOOS of any stored download; use one of " },
        { ["facts", "--release", "1.x"], "is not a Go version" },
        { ["facts", "--release", "1.99"], "Go 1.99 does not exist in the database" },
        { ["diff", "1.12", "banana"], "is not a Go version" },
        { ["versions", "--bom"], "--bom only applies to --format csv." },
        { ["diff", "1.12", "1.13", "--target", "nowhere/x/y"], "--target" },
        { ["frobnicate"], "Unrecognized command or argument 'frobnicate'." },
        { ["diff", "1.12"], "Required argument missing for command: 'diff'." },
    };

    [GoSiteTheory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_one_plain_sentence_and_exit_2(string[] args, string sentence)
    {
        var result = await CliRunner.RunAsync([.. args, "--db", cli.Database]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}");
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(sentence, line);
        Assert.DoesNotContain("System.", line);
        Assert.DoesNotContain("Exception", line);
        Assert.DoesNotContain("ChangeTracker.", line);
    }

    [GoSiteTheory]
    [InlineData("versions")]
    [InlineData("sizes")]
    [InlineData("facts")]
    [InlineData("history")]
    [InlineData("diff", "1.12", "1.13")]
    [InlineData("export", "1.12", "1.13")]
    public async Task Read_only_commands_refuse_a_missing_database_instead_of_creating_it(params string[] args)
    {
        var missing = CliRunner.TempDatabase();
        var result = await CliRunner.RunAsync([.. args, "--db", missing]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: no database at {Path.GetFullPath(missing)} — run `changetracker ingest` first", result.Error.Trim());
        Assert.False(File.Exists(missing));
    }

    [GoSiteFact]
    public async Task Export_to_dash_writes_the_report_to_standard_output()
    {
        var result = await CliRunner.RunAsync("export", "1.12", "1.13", "--format", "md", "--out", "-", "--db", cli.Database);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("# ", result.Out);
        Assert.False(Directory.Exists("-"));
        Assert.False(File.Exists("-"));
    }

    [GoSiteTheory]
    [InlineData("versions", "--format", "csv")]
    [InlineData("facts", "--release", "1.13", "--format", "csv")]
    [InlineData("history", "--release", "1.13", "--format", "csv")]
    [InlineData("sizes", "--format", "csv")]
    [InlineData("diff", "1.12", "1.13", "--format", "csv")]
    [InlineData("export", "1.12", "1.13", "--format", "csv", "--out", "-")]
    public async Task Every_csv_is_rfc_4180_with_crlf_and_takes_a_bom(params string[] args)
    {
        var plain = await CliRunner.RunAsync([.. args, "--db", cli.Database]);
        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.NotEqual(CsvBom, plain.Out[0]);
        AssertCrlf(plain.Out);

        var withBom = await CliRunner.RunAsync([.. args, "--bom", "--db", cli.Database]);
        Assert.Equal(CsvBom, withBom.Out[0]);
        Assert.Equal(plain.Out, withBom.Out[1..]);
    }

    [GoSiteFact]
    public async Task An_exported_csv_file_has_the_bom_and_crlf()
    {
        var folder = Path.Combine(Path.GetTempPath(), "changetracker-cli-tests", Guid.NewGuid().ToString("n"));
        var result = await CliRunner.RunAsync("export", "1.12", "1.13", "--format", "csv", "--bom", "--out", folder, "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        var bytes = await File.ReadAllBytesAsync(result.Out.Trim());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        AssertCrlf(System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [GoSiteFact]
    public async Task Quiet_and_json_logs_shape_standard_error_and_leave_the_data_alone()
    {
        var quiet = await CliRunner.RunAsync("ingest", "--source", GoSite.Require(), "--db", cli.Database, "--quiet");
        Assert.True(quiet.ExitCode == 0, quiet.Error);
        Assert.Equal("", quiet.Error);
        Assert.StartsWith("Run ", quiet.Out);

        var json = await CliRunner.RunAsync("ingest", "--source", GoSite.Require(), "--db", cli.Database, "--json-logs");
        var lines = json.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("info", JsonDocument.Parse(l).RootElement.GetProperty("level").GetString()));

        var error = await CliRunner.RunAsync("versions", "--format", "xml", "--json-logs", "--db", cli.Database);
        var problem = JsonDocument.Parse(error.Error).RootElement;
        Assert.Equal("error", problem.GetProperty("level").GetString());
        Assert.Contains("--format xml", problem.GetProperty("message").GetString());
    }

    [GoSiteFact]
    public async Task Help_lists_exactly_the_formats_each_command_takes()
    {
        var diff = await CliRunner.RunAsync("diff", "--help");
        Assert.Contains("md|json|csv|html", diff.Out);
        Assert.DoesNotContain("table", diff.Out, StringComparison.OrdinalIgnoreCase);
        var versions = await CliRunner.RunAsync("versions", "--help");
        Assert.Contains("table|json|csv", versions.Out);
        var facts = await CliRunner.RunAsync("facts", "--help");
        Assert.Contains("--release", facts.Out);
    }

    private const char CsvBom = '\uFEFF';

    private static void AssertCrlf(string text)
    {
        Assert.EndsWith("\r\n", text);
        var bare = text.Replace("\r\n", "");
        // A line break inside a quoted field is data, not a record end; RFC 4180 allows it. Outside quotes none may be bare.
        var outsideQuotes = string.Concat(bare.Split('"').Where((_, i) => i % 2 == 0));
        Assert.DoesNotContain('\n', outsideQuotes);
    }
}
