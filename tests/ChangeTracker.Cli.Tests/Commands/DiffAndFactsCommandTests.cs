using System.Text.Json;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

public sealed class DiffAndFactsCommandTests(CliFixture cli) : IClassFixture<CliFixture>
{
    [GoSiteFact]
    public async Task Diff_1_12_to_1_13_prints_what_changed()
    {
        var result = await CliRunner.RunAsync("diff", "1.12", "1.13", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("macOS 10.10", result.Out);
        Assert.Contains("FreeBSD 10.x", result.Out);
        Assert.Contains("binary-only packages", result.Out);
    }

    [GoSiteFact]
    public async Task Diff_json_follows_the_contract_and_accepts_go_prefixed_and_patch_inputs()
    {
        var result = await CliRunner.RunAsync("diff", "go1.11.5", "1.12", "--format", "json", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        foreach (var field in new[] { "from", "to", "facts", "comingNext", "distribution", "revisions" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("1.11.5", root.GetProperty("from").GetString());
        var archive = root.GetProperty("distribution").EnumerateArray()
            .Single(d => d.GetProperty("os").GetString() == "linux" && d.GetProperty("arch").GetString() == "amd64" && d.GetProperty("kind").GetString() == "archive");
        Assert.Equal("go1.11.5.linux-amd64.tar.gz", archive.GetProperty("fromFile").GetString());
        Assert.Equal(127_228_112, archive.GetProperty("toBytes").GetInt64());
        Assert.Equal(127_228_112 - 140_132_627, archive.GetProperty("deltaBytes").GetInt64());
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f => f.GetProperty("port").GetString() == "windows/arm");
    }

    [GoSiteFact]
    public async Task Facts_eval_prints_recall_and_precision_per_kind_for_tuned_and_held_out_releases()
    {
        var golden = Path.Combine(GoSite.RepositoryRoot, "tests", "ChangeTracker.Facts.Tests", "Golden", "lists");
        var result = await CliRunner.RunAsync("facts", "--eval", golden, "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("held-out recall", result.Out);
        foreach (var kind in new[] { "port_removed", "os_support_ended", "requirement_raised", "removal", "behavior_change", "deprecation" })
            Assert.Matches($@"(?m)^{kind} +\d+\.\d%", result.Out);
        Assert.Contains("announcements reported as happened that never were: 0", result.Out);
    }

    [GoSiteFact]
    public async Task Facts_eval_of_a_missing_folder_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("facts", "--eval", "/no/such/golden", "--db", cli.Database);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/golden", result.Error);
    }

    [GoSiteFact]
    public async Task Facts_json_carries_the_facts_v2_fields()
    {
        var result = await CliRunner.RunAsync("facts", "--release", "1.24", "--kind", "port_broken", "--format", "json", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var broken = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("windows/arm", broken.GetProperty("port").GetString());
        Assert.True(broken.GetProperty("breaking").GetBoolean());
        Assert.StartsWith("1.24-", broken.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, broken.GetProperty("symbols").ValueKind);
    }

    [GoSiteFact]
    public async Task A_downgrade_is_labelled()
    {
        var result = await CliRunner.RunAsync("diff", "1.21", "1.11", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("downgrade", result.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("1.99", "1.12")]
    [InlineData("1.12", "banana")]
    public async Task An_unknown_or_malformed_version_exits_2(string from, string to)
    {
        if (GoSite.SkipReason is not null) return;
        var result = await CliRunner.RunAsync("diff", from, to, "--db", cli.Database);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(from == "1.99" ? "1.99" : "banana", result.Error);
    }

    [GoSiteFact]
    public async Task Facts_json_for_1_13_has_the_seed_facts_in_the_contract_shape()
    {
        var result = await CliRunner.RunAsync("facts", "--release", "1.13", "--format", "json", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var macos = doc.RootElement.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "os_support_ended" && f.GetProperty("subject").GetString() == "macOS 10.10");
        Assert.Equal("1.13", macos.GetProperty("version").GetString());
        Assert.Equal("1.12", macos.GetProperty("lastVersion").GetString());
        Assert.Equal("1.12", macos.GetProperty("announcedIn").GetString());
        Assert.Equal(JsonValueKind.Null, macos.GetProperty("port").ValueKind);
        Assert.StartsWith("https://go.dev/doc/go1.12#", macos.GetProperty("source").GetString());
    }

    [GoSiteFact]
    public async Task Facts_for_an_unknown_version_or_kind_exit_2()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("facts", "--release", "1.99", "--db", cli.Database)).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("facts", "--kind", "rumour", "--db", cli.Database)).ExitCode);
    }

    [GoSiteFact]
    public async Task Export_writes_the_report_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "changetracker-export", Guid.NewGuid().ToString("n"));
        var result = await CliRunner.RunAsync("export", "1.11", "1.21", "--format", "md", "--out", folder, "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        var file = Path.Combine(folder, "go1.11-to-go1.21.md");
        Assert.Equal(file, result.Out.Trim());
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# Go 1.11 → Go 1.21", text);
        Assert.Contains("macOS 10.10", text);
    }

    [GoSiteFact]
    public async Task Diff_narrowed_to_targets_and_breaking_says_where_each_target_loses_support()
    {
        var result = await CliRunner.RunAsync("diff", "1.11", "1.21", "--target", "linux/amd64", "--target", "macOS Sierra", "--breaking", "--db", cli.Database);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Narrowed to linux/amd64, macOS 10.12", result.Out, StringComparison.Ordinal);
        Assert.Contains("- macOS 10.12: Go 1.17 drops it (Go 1.16 is the last release that supports it).", result.Out, StringComparison.Ordinal);
        Assert.Contains("the downloads feed lists no files for go1.21.0", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("windows/arm", result.Out, StringComparison.Ordinal);
    }

    [GoSiteFact]
    public async Task Diff_with_an_unreadable_target_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("diff", "1.11", "1.21", "--target", "somewhere", "--db", cli.Database);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("“somewhere” is not a target", result.Error, StringComparison.Ordinal);
    }
}
