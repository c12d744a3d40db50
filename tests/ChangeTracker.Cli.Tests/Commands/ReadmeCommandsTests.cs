using System.Text.RegularExpressions;
using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>
/// Every command README.md shows is run: the `changetracker` examples here, against a database filled from
/// ../shared/go-site; the others by the test or script named in <see cref="RunElsewhere"/>, which this class checks
/// still exist. A command added to the README without a test fails <see cref="Every_other_command_in_the_README_is_run_somewhere"/>.
/// </summary>
public sealed partial class ReadmeCommandsTests(CliFixture cli) : IClassFixture<CliFixture>
{
    private static readonly string Root = GoSite.RepositoryRoot;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    /// <summary>Commands other than the `changetracker` examples: where each is run (a test file and method, or .ci/run).</summary>
    private static readonly Dictionary<string, string> RunElsewhere = new()
    {
        ["dotnet run --project src/ChangeTracker.Web"] = "tests/ChangeTracker.Web.Tests/Hosting/ReadmeStartTests.cs Started_in_production_the_dashboard_is_styled_has_its_icon_and_explains_the_empty_database",
        ["dotnet run --project src/ChangeTracker.Web -- --ChangeTracker:Source=../shared/go-site"] = "tests/ChangeTracker.Web.Tests/Hosting/ReadmeStartTests.cs The_offline_main_command_ingests_the_copy_and_shows_it",
        ["changetracker worker --workers 2"] = "tests/ChangeTracker.Jobs.Tests/WorkerProcessesTests.cs Three_workers_share_a_full_ingestion_each_job_runs_once_and_the_data_equals_one_sqlite_process",
        ["dotnet test ChangeTracker.sln"] = ".ci/run dotnet test ChangeTracker.sln",
        ["dotnet tool restore"] = ".ci/run dotnet tool restore",
        // Runs one test class of the suite, with its counts printed.
        ["dotnet test tests/ChangeTracker.Facts.Tests --filter \"FullyQualifiedName~ProbeSetTests\" --logger \"console;verbosity=detailed\""] = "tests/ChangeTracker.Facts.Tests/Golden/ProbeSetTests.cs The_rules_read_at_least_as_many_probe_sentences_as_when_the_floor_was_set",
        ["dotnet build src/ChangeTracker.Cli"] = ".ci/run dotnet build ChangeTracker.sln", // the solution build builds the CLI
        // The bench builds the CLI in Release (a project reference) and runs that ReadyToRun program from bin/Release.
        ["dotnet build -c Release src/ChangeTracker.Cli"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_bench_runs_and_reports_ratios",
        ["src/ChangeTracker.Cli/bin/Release/net10.0/changetracker <command> [options]"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_bench_runs_and_reports_ratios",
        // Rewrites the compiled models; their test fails while what the tool would write differs from what is committed.
        ["dotnet ef dbcontext optimize --project migrations/ChangeTracker.Migrations.Sqlite --startup-project migrations/ChangeTracker.Migrations.Sqlite --output-dir CompiledModel --namespace ChangeTracker.Migrations.Sqlite.CompiledModel"] = "tests/ChangeTracker.Storage.Tests/CompiledModelsTests.cs The_compiled_model_matches_the_model_built_from_the_configurations",
        ["dotnet ef dbcontext optimize --project migrations/ChangeTracker.Migrations.PostgreSql --startup-project migrations/ChangeTracker.Migrations.PostgreSql --output-dir CompiledModel --namespace ChangeTracker.Migrations.PostgreSql.CompiledModel"] = "tests/ChangeTracker.Storage.Tests/CompiledModelsTests.cs The_compiled_model_matches_the_model_built_from_the_configurations",
        ["dotnet run --project src/ChangeTracker.Cli -- <command> [options]"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_CLI_runs_through_dotnet_run_and_as_the_built_program",
        ["src/ChangeTracker.Cli/bin/Debug/net10.0/changetracker <command> [options]"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_CLI_runs_through_dotnet_run_and_as_the_built_program",
        ["dotnet run -c Release --project src/ChangeTracker.Bench -- --source ../shared/go-site --runs 9"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_bench_runs_and_reports_ratios",
        ["dotnet run -c Release --project src/ChangeTracker.Bench -- --source ../shared/go-site --runs 5 --check-only"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_bench_runs_and_reports_ratios",
        ["/usr/bin/time -v src/ChangeTracker.Cli/bin/Debug/net10.0/changetracker ingest --source ../shared/go-site --db /tmp/bench.db"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_peak_memory_command_reports_the_resident_set",
        ["dotnet ef migrations has-pending-model-changes --project migrations/ChangeTracker.Migrations.Sqlite --startup-project migrations/ChangeTracker.Migrations.Sqlite"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_migrations_tool_finds_no_model_change_without_a_migration",
        ["dotnet ef migrations has-pending-model-changes --project migrations/ChangeTracker.Migrations.PostgreSql --startup-project migrations/ChangeTracker.Migrations.PostgreSql"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_migrations_tool_finds_no_model_change_without_a_migration",
        // Writes a migration into the project; its test runs the same tool on the same project arguments.
        ["dotnet ef migrations add NAME --project migrations/ChangeTracker.Migrations.Sqlite --startup-project migrations/ChangeTracker.Migrations.Sqlite"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_migrations_tool_finds_no_model_change_without_a_migration",
        ["dotnet ef migrations add NAME --project migrations/ChangeTracker.Migrations.PostgreSql --startup-project migrations/ChangeTracker.Migrations.PostgreSql"] = "tests/ChangeTracker.Cli.Tests/Commands/ReadmeCommandsTests.cs The_migrations_tool_finds_no_model_change_without_a_migration",
    };

    /// <summary>Commands that run until stopped (a worker): run as processes by the test RunElsewhere names, not here.</summary>
    private static bool RunsUntilStopped(string command) => command.StartsWith("changetracker worker", StringComparison.Ordinal);

    public static TheoryData<string> Examples => new(ReadmeCommands().Where(c => c.StartsWith("changetracker ", StringComparison.Ordinal) && !RunsUntilStopped(c)));

    [GoSiteTheory]
    [MemberData(nameof(Examples))]
    public async Task Every_changetracker_example_in_the_README_runs_and_succeeds(string example)
    {
        var exports = Path.Combine(Path.GetDirectoryName(cli.Database)!, "exports");
        var args = Arguments(example).Skip(1).Select(Resolve).ToList();
        if (!args.Contains("--db")) args.AddRange(["--db", cli.Database]);

        var result = await CliRunner.RunAsync([.. args]);

        // `check` documents 3 for "something breaking found": a report, not a failure of the command.
        var expected = args[0] == "check" ? new[] { 0, 3 } : [0];
        Assert.True(expected.Contains(result.ExitCode), $"`{example}` exited {result.ExitCode}: {result.Error}{result.Out}");
        Assert.False(string.IsNullOrWhiteSpace(result.Out), $"`{example}` printed nothing");
        if (args[0] == "export") Assert.Equal(Path.Combine(exports, "go1.11-to-go1.21.html"), result.Out.Trim()); // where README says exports land
    }

    [Fact]
    public void Every_other_command_in_the_README_is_run_somewhere()
    {
        var others = ReadmeCommands().Where(c => !c.StartsWith("changetracker ", StringComparison.Ordinal) || RunsUntilStopped(c)).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, c => Assert.True(RunElsewhere.ContainsKey(c), $"README shows `{c}`, which no test runs (add it to RunElsewhere with its test)"));
        foreach (var (command, where) in RunElsewhere)
        {
            var (file, member) = (where[..where.IndexOf(' ')], where[(where.IndexOf(' ') + 1)..]);
            var text = File.ReadAllText(Path.Combine(Root, file));
            Assert.True(text.Contains(member, StringComparison.Ordinal), $"`{command}` is said to be run by {file} ({member}), which no longer holds it");
        }
    }

    [GoSiteFact]
    public async Task The_CLI_runs_through_dotnet_run_and_as_the_built_program()
    {
        var viaRun = await ChildProcess.RunAsync(Root, Patience, "dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration,
            "--project", "src/ChangeTracker.Cli", "--", "versions", "--db", cli.Database);
        Assert.True(viaRun.ExitCode == 0, viaRun.Error);
        Assert.Contains("1.27", viaRun.Out);

        var program = Path.Combine(Root, "src", "ChangeTracker.Cli", "bin", WebAppProcess.BuildConfiguration, "net10.0", "changetracker");
        var direct = await ChildProcess.RunAsync(Root, Patience, program, "versions", "--db", cli.Database);
        Assert.True(direct.ExitCode == 0, direct.Error);
        Assert.Equal(viaRun.Out, direct.Out);
    }

    [GoSiteFact]
    public async Task The_bench_runs_and_reports_ratios()
    {
        // The README's command with one run per median and without the web step, so that it fits in the test run.
        // It starts fresh processes for its cold rows and runs the CLI whole, so it takes longer than the other commands.
        var bench = await ChildProcess.RunAsync(Root, Patience * 3, "dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration,
            "--project", "src/ChangeTracker.Bench", "--", "--source", "../shared/go-site", "--runs", "1", "--no-web");
        Assert.True(bench.ExitCode == 0, bench.Error + bench.Out);
        Assert.Contains("cold ingest (fresh database)", bench.Out);
        Assert.Contains("cold full ingest, fresh process", bench.Out);
        Assert.Contains("`changetracker diff 1.11 1.21`, whole process", bench.Out);
        Assert.Matches(@"× baseline", bench.Out);

        var unknown = await ChildProcess.RunAsync(Root, Patience, "dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration,
            "--project", "src/ChangeTracker.Bench", "--", "--runs", "1", "--frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("usage: bench", unknown.Error);
        Assert.DoesNotContain("   at ", unknown.Error);

        var check = await ChildProcess.RunAsync(Root, Patience, "dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration,
            "--project", "src/ChangeTracker.Bench", "--", "--source", "../shared/go-site", "--runs", "1", "--check-only");
        Assert.True(check.ExitCode == 0, check.Error + check.Out);
        Assert.Contains("1,000 files", check.Out);
    }

    [GoSiteFact]
    public async Task The_peak_memory_command_reports_the_resident_set()
    {
        const string time = "/usr/bin/time";
        Assert.True(File.Exists(time) || !GoSite.IsCi, "GNU time is missing (apt-get install -y time; .ci/run installs it)");
        if (!File.Exists(time)) return;
        var program = Path.Combine(Root, "src", "ChangeTracker.Cli", "bin", WebAppProcess.BuildConfiguration, "net10.0", "changetracker");
        var db = CliRunner.TempDatabase();
        var run = await ChildProcess.RunAsync(Root, Patience, time, "-v", program, "ingest", "--source", "../shared/go-site", "--db", db);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Maximum resident set size", run.Error);
    }

    [Fact]
    public async Task The_migrations_tool_finds_no_model_change_without_a_migration()
    {
        var restore = await ChildProcess.RunAsync(Root, Patience, "dotnet", "tool", "restore");
        Assert.True(restore.ExitCode == 0, restore.Error);
        foreach (var project in new[] { "migrations/ChangeTracker.Migrations.Sqlite", "migrations/ChangeTracker.Migrations.PostgreSql" })
        {
            var check = await ChildProcess.RunAsync(Root, Patience, "dotnet", "ef", "migrations", "has-pending-model-changes",
                "--project", project, "--startup-project", project, "--no-build", "--configuration", WebAppProcess.BuildConfiguration);
            Assert.True(check.ExitCode == 0, project + ": " + check.Out + check.Error);
        }
    }

    /// <summary>Command lines of README.md: lines of its shell blocks and inline code that starts like a command.</summary>
    private static IEnumerable<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var fromBlocks = ShellBlock().Matches(readme).SelectMany(m => m.Groups["body"].Value.Split('\n'))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
        // Inline code names commands in prose too ("the same flow as `changetracker ingest`"): only those with options are commands to run.
        var inline = InlineCommand().Matches(readme).Select(m => m.Groups["cmd"].Value.Trim())
            .Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal) || c.Contains(" --", StringComparison.Ordinal));
        return fromBlocks.Concat(inline).Where(IsCommand).Distinct();
    }

    private static bool IsCommand(string line) =>
        line.StartsWith("dotnet ", StringComparison.Ordinal) || line.StartsWith("changetracker ", StringComparison.Ordinal) ||
        line.StartsWith("/usr/bin/", StringComparison.Ordinal) || line.StartsWith("src/", StringComparison.Ordinal);

    /// <summary>Shell words: spaces split, double quotes group.</summary>
    private static IEnumerable<string> Arguments(string line) =>
        ShellWord().Matches(line).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value);

    /// <summary>Paths the README gives relative to the repository root, made absolute (tests do not run from there).</summary>
    private static string Resolve(string arg)
    {
        if (arg == "/tmp/go-site-copy") return Path.Combine(Path.GetTempPath(), "changetracker-cli-tests", Guid.NewGuid().ToString("n"), "copy");
        if (arg.StartsWith("../", StringComparison.Ordinal) || arg.StartsWith("tests/", StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(Path.Combine(Root, arg));
            if (Directory.Exists(full) || File.Exists(full)) return full;
        }
        return arg;
    }

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"`(?<cmd>(dotnet|changetracker) [^`]+)`")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"""(?<quoted>[^""]*)""|\S+")]
    private static partial Regex ShellWord();
}
