using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>The provider switch on the command line: `--Section:Key=value` settings, `--db` as the SQLite shortcut, the worker's options.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public async Task PostgreSql_without_a_connection_string_fails_with_a_message_naming_the_setting()
    {
        var result = await CliRunner.RunAsync("versions", "--ChangeTracker:Database:Provider=PostgreSql");

        Assert.Equal(CliApp.Failed, result.ExitCode);
        Assert.Contains("ConnectionStrings:ChangeTracker", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task An_unknown_provider_is_refused()
    {
        var database = CliRunner.TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        await File.WriteAllBytesAsync(database, []); // an empty file is an empty SQLite database; read commands need one to exist
        var result = await CliRunner.RunAsync("versions", "--ChangeTracker:Database:Provider=Oracle", "--db", database);
        Assert.Equal(0, result.ExitCode); // --db means SQLite whatever the provider setting says
        var refused = await CliRunner.RunAsync("versions", "--ChangeTracker:Database:Provider=Oracle");
        Assert.NotEqual(0, refused.ExitCode);
    }

    [Fact]
    public async Task The_worker_refuses_zero_workers_as_a_usage_error()
    {
        var result = await CliRunner.RunAsync("worker", "--workers", "0");

        Assert.Equal(CliApp.Usage, result.ExitCode);
        Assert.Contains("--workers must be between 1 and 64", result.Error);
    }
}

/// <summary>The CLI's commands on a PostgreSQL database of their own, chosen by settings on the command line.</summary>
public sealed class PostgreSqlCommandTests : IPostgreSqlTests, IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(Storage.DatabaseProvider.PostgreSql,
        Path.Combine(Path.GetTempPath(), "changetracker-cli-pg", Guid.NewGuid().ToString("n")), "cli");

    [GoSiteFact]
    public async Task Ingest_then_versions_read_and_write_the_server_named_by_the_settings()
    {
        string[] settings = ["--ChangeTracker:Database:Provider=PostgreSql", $"--ConnectionStrings:ChangeTracker={_database.Target.ConnectionString}"];

        var ingest = await CliRunner.RunAsync(["ingest", "--source", GoSite.Require(), "--release", "1.12", .. settings]);
        var versions = await CliRunner.RunAsync(["versions", "--format", "csv", .. settings]);

        Assert.True(ingest.ExitCode == 0, ingest.Out + ingest.Error);
        Assert.Contains(versions.Out.Split('\n'), l => l.StartsWith("1.12,2019-02-25,") && !l.StartsWith("1.12,2019-02-25,0,"));
    }

    public void Dispose() => _database.Dispose();
}
