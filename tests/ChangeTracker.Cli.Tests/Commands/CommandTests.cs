using System.Text.Json;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

public sealed class CommandTests(CliFixture cli) : IClassFixture<CliFixture>
{
    [GoSiteFact]
    public void Ingest_exits_0_and_shows_progress_and_a_summary()
    {
        Assert.True(cli.Ingest.ExitCode == 0, cli.Ingest.Out + cli.Ingest.Error);
        Assert.Contains("ingested /doc/go1.12", cli.Ingest.Error);
        Assert.Contains("30 ingested, 0 unchanged, 0 failed", cli.Ingest.Out);
    }

    [GoSiteFact]
    public async Task Versions_prints_a_table_json_and_csv()
    {
        var table = await CliRunner.RunAsync("versions", "--db", cli.Database);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("1.12", table.Out);
        Assert.Contains("2019-02-25", table.Out);

        var json = await CliRunner.RunAsync("versions", "--db", cli.Database, "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(28, doc.RootElement.GetArrayLength());
        var latest = doc.RootElement.EnumerateArray().ToDictionary(v => v.GetProperty("version").GetString()!, v => v.GetProperty("latestRevision").GetString());
        Assert.Equal("1.7.6", latest["1.7"]);
        Assert.Equal("1.27.0", latest["1.27"]);

        var csv = await CliRunner.RunAsync("versions", "--db", cli.Database, "--format", "csv");
        Assert.StartsWith("version,released,", csv.Out);
        Assert.Equal(29, csv.Out.Trim().Split('\n').Length);
        Assert.Contains(csv.Out.Split('\n'), l => l.StartsWith("1.27,2026-08-19,") && l.Contains(",0,1.27.0,"));
    }

    [GoSiteFact]
    public async Task Sizes_reproduce_the_seed_table_beside_the_real_bytes()
    {
        var result = await CliRunner.RunAsync("sizes", "--os", "linux", "--arch", "amd64", "--kind", "archive", "--reported", "--format", "csv", "--db", cli.Database);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(10, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("1.12,go1.12.linux-amd64.tar.gz,\"127,228,112\",121.3,127.2,121,"));
        Assert.Contains(lines, l => l.StartsWith("1.4.3,go1.4.3.linux-amd64.tar.gz,\"61,210,288\",58.4,61.2,53,+5.4"));
    }

    [GoSiteFact]
    public async Task Sizes_table_lists_every_stable_release()
    {
        var result = await CliRunner.RunAsync("sizes", "--db", cli.Database);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("go1.17.3.linux-amd64.tar.gz", result.Out);
        Assert.DoesNotContain("rc1", result.Out);
    }

    [Theory]
    [InlineData("sizes", "--kind", "banana")]
    [InlineData("ingest", "--release", "1.x")]
    [InlineData("versions", "--format", "xml")]
    [InlineData("no-such-command")]
    [InlineData("mirror")]
    public async Task Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--db", CliRunner.TempDatabase()]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Error);
    }

    [Fact]
    public async Task Ingest_from_a_missing_folder_exits_1_with_a_summary()
    {
        var db = CliRunner.TempDatabase();
        var result = await CliRunner.RunAsync("ingest", "--source", Path.Combine(Path.GetDirectoryName(db)!, "nowhere"), "--db", db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Out);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
    }

    [GoSiteFact]
    public async Task Mirror_makes_a_folder_that_ingests_like_the_original()
    {
        var folder = Path.Combine(Path.GetTempPath(), "changetracker-mirror", Guid.NewGuid().ToString("n"));
        var mirror = await CliRunner.RunAsync("mirror", "--source", GoSite.Require(), "--out", folder, "--db", CliRunner.TempDatabase());
        Assert.True(mirror.ExitCode == 0, mirror.Out + mirror.Error);
        Assert.True(File.Exists(Path.Combine(folder, "doc", "go1.12.html")));
        Assert.True(File.Exists(Path.Combine(folder, "dl", "index.json")));
        Assert.Equal(File.ReadAllText(GoSite.File("doc/devel/release.html")), File.ReadAllText(Path.Combine(folder, "doc", "devel", "release.html")));

        var ingest = await CliRunner.RunAsync("ingest", "--source", folder, "--db", CliRunner.TempDatabase());
        Assert.True(ingest.ExitCode == 0, ingest.Out);
        Assert.Contains("30 ingested", ingest.Out);
    }
}
