using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Crash;

/// <summary>
/// The crash suite: `changetracker ingest` is killed (SIGKILL, by the crash test hook) at named points of a run. After
/// each kill no version is stored in part, the restart marks the killed run abandoned, and the next ingestion completes
/// with the same data as one clean ingestion.
/// </summary>
public sealed class IngestCrashTests(CleanIngestion clean) : IClassFixture<CleanIngestion>
{
    private const int KilledExitCode = 137;

    [GoSiteTheory]
    [InlineData("run-started:1")]
    [InlineData("page-recorded:2")]
    [InlineData("notes-transaction:2")]
    [InlineData("diff-transaction:1")]
    public async Task A_run_killed_mid_way_leaves_no_partial_version_is_marked_abandoned_and_the_next_run_completes(string crashAt)
    {
        using var site = new SiteCopy();
        var database = Path.Combine(site.Path, "..", Path.GetFileName(site.Path) + "-ct.db");

        var killed = await CrashedIngestion.IngestAsync(site.Path, database, crashAt);

        Assert.True(killed.ExitCode == KilledExitCode, $"expected a kill at {crashAt}, got exit {killed.ExitCode}: {killed.Error}");
        Assert.Contains($"killing the process at {crashAt}", killed.Error);
        await AssertNoPartialVersionAsync(database);

        await Task.Delay(CrashedIngestion.Lease + TimeSpan.FromSeconds(0.5));
        var next = await CrashedIngestion.IngestAsync(site.Path, database, crashAt: null);

        Assert.True(next.ExitCode == 0, $"the ingestion after the crash failed (exit {next.ExitCode}): {next.Error}");
        var runs = await CrashedIngestion.RunsAsync(database);
        Assert.Equal(["abandoned", "succeeded"], runs.Select(r => r.Outcome));
        Assert.StartsWith("abandoned: last alive at ", runs[0].Error);
        Assert.Equal(clean.StoredVersions, await CrashedIngestion.StoredVersionsAsync(database));
        Assert.Equal(clean.RowCounts, await CrashedIngestion.RowCountsAsync(database));
    }

    private async Task AssertNoPartialVersionAsync(string database)
    {
        if (!File.Exists(database)) return;
        foreach (var (version, counts) in await CrashedIngestion.StoredVersionsAsync(database))
            Assert.True(clean.StoredVersions.TryGetValue(version, out var whole) && whole == counts,
                $"Go {version} is stored in part after the kill: {counts} (sections, items, facts), a clean ingestion stores {whole}");
    }
}

/// <summary>One ingestion that nothing interrupts: what every crashed-then-resumed ingestion must end up equal to.</summary>
public sealed class CleanIngestion : IAsyncLifetime
{
    public SortedDictionary<string, (long Sections, long Items, long Facts)> StoredVersions { get; private set; } = [];
    public SortedDictionary<string, long> RowCounts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        using var site = new SiteCopy();
        var database = Path.Combine(site.Path, "..", Path.GetFileName(site.Path) + "-clean.db");
        var run = await CrashedIngestion.IngestAsync(site.Path, database, crashAt: null);
        if (run.ExitCode != 0) throw new InvalidOperationException($"the clean ingestion failed (exit {run.ExitCode}): {run.Error}");
        StoredVersions = await CrashedIngestion.StoredVersionsAsync(database);
        RowCounts = await CrashedIngestion.RowCountsAsync(database);
        if (StoredVersions.Count != 2) throw new InvalidOperationException($"the clean ingestion stored {StoredVersions.Count} notes pages, expected 2");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
