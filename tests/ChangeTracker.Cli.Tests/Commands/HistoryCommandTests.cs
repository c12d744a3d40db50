using System.Text.Json;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

public sealed class HistoryCommandTests(CliFixture cli) : IClassFixture<CliFixture>
{
    [GoSiteFact]
    public async Task After_the_first_ingestion_every_fact_of_a_page_is_listed_as_added_by_that_run()
    {
        var result = await CliRunner.RunAsync("history", "--release", "1.13", "--limit", "10000", "--format", "json", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var changes = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal("added", c.GetProperty("change").GetString()));
        Assert.All(changes, c => Assert.Equal("1.13", c.GetProperty("page").GetString()));
        Assert.Single(changes.Select(c => c.GetProperty("runId").GetInt64()).Distinct());
        Assert.Contains(changes, c => c.GetProperty("factId").GetString() == "1.13-darwin-os_support_ended-macos-10.10");
    }

    [GoSiteFact]
    public async Task The_table_is_limited_and_names_its_columns()
    {
        var result = await CliRunner.RunAsync("history", "--limit", "5", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Trim().Length > 0).ToList();
        Assert.Contains("change", lines[0]);
        Assert.Contains("subject", lines[0]);
        Assert.Equal(5, lines.Count(l => l.Contains(" added ") || l.Contains(" changed ") || l.Contains(" withdrawn ")));
    }

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--release", "1.99")]
    public async Task A_bad_limit_or_an_unknown_version_is_a_usage_error(string option, string value)
    {
        var result = await CliRunner.RunAsync("history", option, value, "--db", cli.Database);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }
}
