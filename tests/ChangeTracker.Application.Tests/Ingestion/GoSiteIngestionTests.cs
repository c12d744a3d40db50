using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Ingestion;

public sealed class GoSiteIngestionTests(GoSiteIngestionFixture site) : IClassFixture<GoSiteIngestionFixture>
{
    [GoSiteFact]
    public void First_ingest_succeeds_on_every_page()
    {
        Assert.True(site.First.Succeeded, site.First.Summary + "\n" + string.Join("\n", site.First.Pages.Where(p => p.Outcome == PageOutcome.Failed).Select(p => $"{p.Page}: {p.Message}")));
        Assert.Equal(30, site.First.Count(PageOutcome.Ingested)); // history + downloads JSON + 28 notes pages
        Assert.Equal(27, site.First.DiffsRecomputed.Count); // every adjacent pair, stored by the run itself
    }

    [GoSiteFact]
    public async Task An_unchanged_reingest_recomputes_no_stored_diff()
    {
        Assert.Equal(30, site.Second.Count(PageOutcome.Unchanged));
        Assert.Empty(site.Second.DiffsRecomputed);
        await using var db = await site.App.DbAsync();
        var runs = await db.IngestionRuns.OrderBy(r => r.Id).Select(r => r.DiffsRecomputed).ToListAsync();
        Assert.Equal([27, 0], runs.Take(2));
    }

    [GoSiteFact]
    public async Task All_28_release_notes_pages_are_stored_with_items()
    {
        await using var db = await site.App.DbAsync();
        var releases = await db.Releases.Select(r => new { r.Version, r.NotesUrl, r.ContentHash, r.ReleaseDate, Items = r.Items.Count }).ToListAsync();
        var expected = new[] { "1" }.Concat(Enumerable.Range(1, 27).Select(n => $"1.{n}")).ToHashSet();
        Assert.Equal(expected, releases.Select(r => r.Version).ToHashSet());
        Assert.All(releases, r =>
        {
            Assert.True(r.Items > 10, $"{r.Version} has {r.Items} items");
            Assert.NotNull(r.ContentHash);
            Assert.NotNull(r.ReleaseDate);
            Assert.StartsWith("https://go.dev/doc/go1", r.NotesUrl);
        });
        Assert.Equal(new DateOnly(2019, 2, 25), releases.Single(r => r.Version == "1.12").ReleaseDate);
    }

    [GoSiteFact]
    public async Task Downloads_feed_gives_202_releases_and_2971_files()
    {
        await using var db = await site.App.DbAsync();
        Assert.Equal(2971, await db.DistributionFiles.CountAsync());
        Assert.Equal(202, await db.DistributionFiles.Select(f => f.Tag).Distinct().CountAsync());
        var file = await db.DistributionFiles.SingleAsync(f => f.Filename == "go1.12.linux-amd64.tar.gz");
        Assert.Equal(127_228_112, file.Size);
        Assert.Equal(("linux", "amd64", "archive", "1.12"), (file.Os, file.Arch, file.Kind, file.Version));
    }

    [GoSiteFact]
    public async Task Release_history_lists_every_minor_revision_of_1_12_with_its_date()
    {
        await using var db = await site.App.DbAsync();
        var revisions = await db.Revisions.Where(r => r.Line == "1.12").OrderBy(r => r.SortKey).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 17).Select(n => $"1.12.{n}"), revisions.Select(r => r.Version));
        Assert.Equal(new DateOnly(2019, 3, 14), revisions[0].Date);
        Assert.All(revisions, r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
        Assert.Contains(revisions, r => r.Security);
    }

    [GoSiteFact]
    public async Task Release_history_stores_go1_7_2_flagged_without_a_date_and_dates_every_other_revision()
    {
        await using var db = await site.App.DbAsync();
        var revisions = await db.Revisions.Where(r => r.Line == "1.7").OrderBy(r => r.SortKey).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"1.7.{n}"), revisions.Select(r => r.Version));
        var flagged = Assert.Single(await db.Revisions.Where(r => r.ShouldNotBeUsed).ToListAsync());
        Assert.Equal(("1.7.2", null, false), (flagged.Version, flagged.Date, flagged.Security));
        Assert.Equal(0, await db.Revisions.CountAsync(r => !r.ShouldNotBeUsed && r.Date == null));
    }

    [GoSiteFact]
    public async Task Latest_revision_skips_flagged_ones_and_is_the_first_release_without_minors()
    {
        var rows = (await site.App.Get<VersionsQuery>().ListAsync(CancellationToken.None)).ToDictionary(r => r.Version);
        Assert.Equal("1.7.6", rows["1.7"].LatestRevision);
        Assert.Equal("1.12.17", rows["1.12"].LatestRevision);
        Assert.Equal(("1.27.0", 0), (rows["1.27"].LatestRevision, rows["1.27"].Revisions));
        Assert.All(rows.Values, r => Assert.StartsWith(r.Version, r.LatestRevision));

        var overview = await site.App.Get<OverviewQuery>().GetAsync(CancellationToken.None);
        Assert.Equal("1.27.0", overview.LatestReleases.Single(r => r.Version.ToString() == "1.27").LatestRevision);
    }

    [GoSiteFact]
    public void Second_ingest_skips_every_unchanged_page()
    {
        Assert.True(site.Second.Succeeded, site.Second.Summary);
        Assert.Equal(0, site.Second.Count(PageOutcome.Ingested));
        Assert.Equal(30, site.Second.Count(PageOutcome.Unchanged));
    }

    [GoSiteFact]
    public void Second_ingest_leaves_row_counts_and_contents_unchanged()
    {
        foreach (var (table, before) in site.AfterFirst)
        {
            var after = site.AfterSecond[table];
            Assert.True(before.Rows == after.Rows, $"{table}: {before.Rows} rows before, {after.Rows} after");
            Assert.True(before.Digest == after.Digest, $"{table}: contents changed");
        }
        Assert.True(site.AfterFirst["Items"].Rows > 2000);
    }

    [GoSiteFact]
    public async Task Every_run_and_page_outcome_is_recorded()
    {
        await using var db = await site.App.DbAsync();
        var runs = await db.IngestionRuns.Include(r => r.Pages).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r =>
        {
            Assert.Equal("succeeded", r.Outcome);
            Assert.NotNull(r.FinishedAt);
            Assert.Equal(30, r.Pages.Count);
        });
    }

    [GoSiteFact]
    public async Task Sizes_put_the_seed_figures_beside_the_real_bytes()
    {
        var rows = await site.App.Get<SizesQuery>().ListAsync(new SizeFilter(OnlyReported: true), CancellationToken.None);
        Assert.Equal(["1.4.3", "1.5.4", "1.6.4", "1.7.6", "1.8.7", "1.9.7", "1.10.8", "1.11.5", "1.12"], rows.Select(r => r.Version));
        Assert.All(rows, r => Assert.NotNull(r.Bytes));
        var go112 = rows.Single(r => r.Version == "1.12");
        Assert.Equal(121m, go112.ReportedMegabytes);
        Assert.Equal(121.3, go112.MiB!.Value, 1);
        var go143 = rows.Single(r => r.Version == "1.4.3");
        Assert.Equal(61_210_288, go143.Bytes);
        Assert.True(go143.DifferenceMiB > 4, "the seed's 53 MB for go1.4.3 disagrees with the real 58.4 MiB");
    }
}
