using ChangeTracker.Application.Diffs;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>
/// `changetracker ingest` runs the whole flow: it keeps the stored diffs up to date, recomputing exactly those whose
/// inputs changed — none on an unchanged re-ingest, the ones an edited page feeds after an edit.
/// </summary>
public sealed class IngestFlowTests
{
    private const string Sentence = "by 30%.</p>";
    private const string Edited = "by 35%, as measured by our own test.</p>";

    [GoSiteFact]
    public async Task Ingest_refreshes_exactly_the_stored_diffs_an_edited_page_feeds_and_none_when_nothing_changed()
    {
        using var site = new SiteCopy();
        var database = CliRunner.TempDatabase();

        var first = await CliRunner.RunAsync("ingest", "--source", site.Path, "--db", database);
        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.Contains("; 27 stored diffs recomputed", first.Out);
        var cold = await StoredDiffsAsync(database);
        Assert.Equal(27, cold.Count);

        var unchanged = await CliRunner.RunAsync("ingest", "--source", site.Path, "--db", database);
        Assert.True(unchanged.ExitCode == 0, unchanged.Out + unchanged.Error);
        Assert.Contains("0 ingested, 30 unchanged, 0 failed; 0 stored diffs recomputed", unchanged.Out);
        Assert.Equal(cold, await StoredDiffsAsync(database));

        var page = File.ReadAllText(site.File("doc/go1.13.html"));
        Assert.Contains("performance of most uses of <code>defer</code>\nby 30%.</p>", page);
        site.Write("doc/go1.13.html", page.Replace("<code>defer</code>\n" + Sentence, "<code>defer</code>\n" + Edited));
        var edited = await CliRunner.RunAsync("ingest", "--source", site.Path, "--db", database);
        Assert.True(edited.ExitCode == 0, edited.Out + edited.Error);
        Assert.Contains("1 ingested, 29 unchanged, 0 failed; 1 stored diffs recomputed", edited.Out);

        var after = await StoredDiffsAsync(database);
        var recomputed = after.Where(d => d.Value != cold[d.Key]).Select(d => d.Key).ToList();
        Assert.Equal(["1.12→1.13"], recomputed); // the reworded 1.13 feature is an input of 1.12→1.13 only
        using var host = await CliHost.StartAsync(database, site.Path, DatabaseUse.ReadExisting, CancellationToken.None);
        var stored = host.Services.GetRequiredService<StoredDiffs>();
        var diff = await stored.FindAsync(GoVersion.Parse("1.12"), GoVersion.Parse("1.13"), CancellationToken.None);
        Assert.NotNull(diff);
        Assert.Contains(diff.Facts, f => f.Summary.Contains("35%"));
        Assert.DoesNotContain(diff.Facts, f => f.Summary.Contains("defer") && f.Summary.Contains("30%"));
        foreach (var pair in after.Keys.Select(k => k.Split('→')))
            Assert.NotNull(await stored.FindAsync(GoVersion.Parse(pair[0]), GoVersion.Parse(pair[1]), CancellationToken.None));

        var json = await CliRunner.RunAsync("diff", "1.12", "1.13", "--format", "json", "--db", database);
        Assert.Contains("35%", json.Out);
        await using var db = new ChangeTrackerDbContext(StorageSetup.Options(database));
        var runs = await db.IngestionRuns.OrderBy(r => r.Id).Select(r => new { r.Trigger, r.DiffsRecomputed }).ToListAsync();
        Assert.Equal([("cli", 27), ("cli", 0), ("cli", 1)], runs.Select(r => (r.Trigger, r.DiffsRecomputed)));
    }

    private static async Task<Dictionary<string, (DateTimeOffset ComputedAt, string InputsHash)>> StoredDiffsAsync(string database)
    {
        await using var db = new ChangeTrackerDbContext(StorageSetup.Options(database));
        var rows = await db.StoredDiffs.AsNoTracking().Select(d => new { d.FromVersion, d.ToVersion, d.ComputedAt, d.InputsHash }).ToListAsync();
        return rows.ToDictionary(d => $"{d.FromVersion}→{d.ToVersion}", d => (d.ComputedAt, d.InputsHash));
    }
}
