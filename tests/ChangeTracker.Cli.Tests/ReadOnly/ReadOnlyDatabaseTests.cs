using System.Security.Cryptography;
using ChangeTracker.Cli.Tests.Commands;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.ReadOnly;

/// <summary>
/// A database that cannot be written — the file, or the folder it is in (made really read-only, see
/// <see cref="ReadOnlyFiles"/>) — still answers every read command; ingestion refuses in one line naming the file, and
/// the file is left as it was.
/// </summary>
public sealed class ReadOnlyDatabaseTests(CliFixture cli) : IClassFixture<CliFixture>
{
    private static readonly string[][] ReadCommands =
    [
        new[] { "versions" },
        new[] { "versions", "--format", "json" },
        new[] { "facts", "--kind", "removal", "--release", "1.12" },
        new[] { "diff", "1.11", "1.21", "--breaking" },
        new[] { "history", "--release", "1.12", "--limit", "5" },
        new[] { "sizes", "--reported" },
        new[] { "check", Path.Combine(GoSite.RepositoryRoot, "tests", "ChangeTracker.Testing", "ModuleFixtures", "clean"), "--to", "1.21" },
    ];

    [GoSiteFact]
    public async Task Every_read_command_answers_from_a_read_only_file_in_a_read_only_folder_and_ingestion_refuses_in_one_line()
    {
        var database = CopyOfIngested(out var folder);
        var before = Digest(database);
        var exports = Path.Combine(Path.GetTempPath(), "changetracker-cli-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(exports);

        using (new ReadOnlyFiles(database, folder))
        {
            foreach (var command in ReadCommands)
            {
                var result = await CliRunner.RunAsync([.. command, "--db", database]);
                Assert.True(result.ExitCode is 0 or 3, $"`{string.Join(" ", command)}` on a read-only database: exit {result.ExitCode}: {result.Error}");
                Assert.NotEmpty(result.Out);
            }
            var export = await CliRunner.RunAsync("export", "1.11", "1.12", "--format", "md", "--out", exports, "--db", database);
            Assert.True(export.ExitCode == 0, export.Error);
            Assert.True(File.Exists(Path.Combine(exports, "go1.11-to-go1.12.md")));

            var ingest = await CliRunner.RunAsync("ingest", "--source", GoSite.Require(), "--db", database, "--quiet");

            Assert.Equal(1, ingest.ExitCode);
            Assert.Equal($"error: the database {database} is read-only: ingestion needs to write", ingest.Error.Trim());
            Assert.Equal("", ingest.Out);
        }
        Assert.Equal(before, Digest(database));
        Assert.Equal([Path.GetFileName(database)], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [GoSiteFact]
    public async Task A_writable_file_in_a_read_only_folder_is_read_only_too_and_the_message_says_why()
    {
        var database = CopyOfIngested(out var folder);
        using (new ReadOnlyFiles(folder))
        {
            Assert.Equal(0, (await CliRunner.RunAsync("versions", "--db", database)).ExitCode);
            var ingest = await CliRunner.RunAsync("ingest", "--source", GoSite.Require(), "--db", database, "--quiet");
            Assert.Equal(1, ingest.ExitCode);
            Assert.Equal($"error: the database {database} is in a read-only folder: ingestion needs to write", ingest.Error.Trim());
        }
    }

    [GoSiteFact]
    public async Task The_read_only_setting_opens_a_writable_file_read_only()
    {
        var database = CopyOfIngested(out _);
        var before = Digest(database);

        var ingest = await CliRunner.RunAsync("ingest", "--source", GoSite.Require(), "--db", database, "--quiet", "--ChangeTracker:Database:ReadOnly=true");
        var versions = await CliRunner.RunAsync("versions", "--db", database, "--ChangeTracker:Database:ReadOnly=true");

        Assert.Equal(1, ingest.ExitCode);
        Assert.Equal($"error: the database {database} is opened read-only (ChangeTracker:Database:ReadOnly=true): ingestion needs to write", ingest.Error.Trim());
        Assert.Equal(0, versions.ExitCode);
        Assert.Equal(before, Digest(database));
    }

    /// <summary>The fixture's database copied alone into a folder of its own (WAL checkpointed by the fixture's last close).</summary>
    private string CopyOfIngested(out string folder)
    {
        Assert.True(cli.Ingest.ExitCode == 0, cli.Ingest.Error);
        folder = Path.Combine(Path.GetTempPath(), "changetracker-readonly", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "ct.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.Database}"))
        {
            source.Open();
            using var backup = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
            source.BackupDatabase(backup);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var extra in Directory.GetFiles(folder).Where(f => f != database)) File.Delete(extra);
        return database;
    }

    private static string Digest(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
