using ChangeTracker.Testing;

namespace ChangeTracker.Web.Tests.Hosting;

/// <summary>
/// A first start with no network (the source refuses connections): the console gets one line per failed attempt and
/// no stack trace, and the overview says that nothing is stored and how to ingest offline.
/// </summary>
public sealed class OfflineFirstStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task No_network_gives_one_line_per_attempt_and_an_overview_that_says_what_to_do()
    {
        var deadPort = WebAppProcess.FreePort(); // nothing listens there once the probe is closed
        await using var app = WebAppProcess.Start(
            ["dotnet", "run", "--no-build", "-c", WebAppProcess.BuildConfiguration, "--project", "src/ChangeTracker.Web", "--"], GoSite.RepositoryRoot, _folder,
            "--ChangeTracker:IngestOnStartup=true", $"--ChangeTracker:Source=http://127.0.0.1:{deadPort}",
            "--ChangeTracker:Source:MaxRetries=2", "--ChangeTracker:Source:BaseDelay=00:00:00.050");
        await app.WaitForOverviewAsync();

        var page = await app.WaitForPageAsync("/", "Nothing is stored yet: the first ingestion failed", TimeSpan.FromSeconds(60));
        Assert.Contains("dotnet run --project src/ChangeTracker.Cli -- ingest --source ../shared/go-site --db ", page);
        Assert.DoesNotContain("last successful ingestion", page);

        // The job logs its failure a moment after it records it for the page.
        await app.WaitForOutputAsync(l => l.Contains("no versions to ingest", StringComparison.Ordinal), "the failed attempt", TimeSpan.FromSeconds(10));
        var lines = app.Output.ToList();
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Exception:", StringComparison.Ordinal) && !l.Contains(" after ", StringComparison.Ordinal));
        // The history and the two downloads pages: two retries each, one line per retry, then one line for the failed fetch.
        Assert.Equal(6, lines.Count(l => l.Contains("Retrying http://127.0.0.1", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.Contains("failed after 3 attempts", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("no versions to ingest", StringComparison.Ordinal) && l.Contains("attempt 1 of 4", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
