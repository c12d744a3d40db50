using System.IO.Compression;
using System.Text.Json;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>`changetracker check`: exit 3 when something breaking touches the module, 0 when nothing does, 2 on usage errors.</summary>
public sealed class CheckCommandTests(CliFixture cli) : IClassFixture<CliFixture>
{
    [GoSiteFact]
    public async Task A_module_with_breaking_changes_exits_3_with_the_markdown_report()
    {
        var result = await CliRunner.RunAsync("check", ModuleFixtures.Path("legacy"), "--db", cli.Database);

        Assert.True(result.ExitCode == 3, result.Out + result.Error);
        Assert.StartsWith("# Upgrade check of example.com/legacy: Go 1.12 → Go 1.27", result.Out);
        Assert.Contains("file sys\\_nacl\\_amd64p32.go names nacl/amd64p32 (name suffix) → Go 1.14 port removed", result.Out);
        Assert.Contains("## What this check could not judge", result.Out);
    }

    [GoSiteFact]
    public async Task A_module_that_nothing_breaks_exits_0()
    {
        var result = await CliRunner.RunAsync("check", ModuleFixtures.Path("clean"), "--db", cli.Database, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(0, doc.RootElement.GetProperty("breaking").GetInt32());
        Assert.Equal("1.26", doc.RootElement.GetProperty("from").GetString());
    }

    [GoSiteFact]
    public async Task A_range_without_breaking_changes_exits_0_even_for_the_legacy_module()
    {
        var result = await CliRunner.RunAsync("check", ModuleFixtures.Path("legacy"), "--from", "1.27", "--to", "1.27", "--db", cli.Database);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("there is nothing to cross", result.Out);
    }

    [GoSiteFact]
    public async Task A_zip_and_out_file_work_with_every_format()
    {
        var folder = Directory.CreateTempSubdirectory("changetracker-check-").FullName;
        try
        {
            var zip = Path.Combine(folder, "modern.zip");
            ZipFile.CreateFromDirectory(ModuleFixtures.Path("modern"), zip, CompressionLevel.Fastest, includeBaseDirectory: true);
            foreach (var (format, start) in new[] { ("markdown", "# Upgrade check"), ("html", "<!DOCTYPE html>"), ("json", "{"), ("csv", "section,breaking,why,") })
            {
                var output = Path.Combine(folder, $"report.{format}");
                var result = await CliRunner.RunAsync("check", zip, "--format", format, "--out", output, "--target", "linux/amd64", "--db", cli.Database);

                Assert.True(result.ExitCode == 3, format + result.Out + result.Error);
                Assert.StartsWith($"{output}: ", result.Out);
                Assert.StartsWith(start, await File.ReadAllTextAsync(output));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--target", "nowhere")]
    [InlineData("--from", "1.x")]
    public async Task Bad_options_exit_2(string option, string value)
    {
        var result = await CliRunner.RunAsync("check", ModuleFixtures.Path("clean"), option, value, "--db", CliRunner.TempDatabase());

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }

    [GoSiteFact]
    public async Task A_missing_folder_an_unknown_version_and_a_module_without_go_line_exit_2_with_one_sentence()
    {
        var missing = await CliRunner.RunAsync("check", Path.Combine(Path.GetTempPath(), "no-such-module-" + Guid.NewGuid().ToString("n")), "--db", cli.Database);
        var unknown = await CliRunner.RunAsync("check", ModuleFixtures.Path("clean"), "--to", "1.99", "--db", cli.Database);
        var folder = Directory.CreateTempSubdirectory("changetracker-check-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "go.mod"), "module m\n");
        var noGoLine = await CliRunner.RunAsync("check", folder, "--db", cli.Database);
        Directory.Delete(folder, recursive: true);

        Assert.Equal((2, 2, 2), (missing.ExitCode, unknown.ExitCode, noGoLine.ExitCode));
        Assert.Contains("is neither a folder nor a .zip file", missing.Error);
        Assert.Contains("Go 1.99 does not exist", unknown.Error);
        Assert.Contains("The go.mod has no go line", noGoLine.Error);
        Assert.DoesNotContain("   at ", missing.Error + unknown.Error + noGoLine.Error);
    }
}
