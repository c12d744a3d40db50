using ChangeTracker.Application.Facts;
using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Facts;

/// <summary>Facts are linked across pages when an ingestion finishes and stored so; readers never link.</summary>
public sealed class WriteTimeLinkingTests
{
    private static readonly GoVersion[] Versions = [GoVersion.Parse("1.12"), GoVersion.Parse("1.13")];

    [GoSiteFact]
    public async Task An_ingestion_stores_the_linked_facts_with_the_page_each_came_from()
    {
        await using var app = await TestApp.StartAsync();
        var report = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require(), Versions, IncludeDownloads: false), null, CancellationToken.None);
        Assert.True(report.Succeeded, report.Summary);

        await using var db = await app.DbAsync();
        var stored = await db.LinkedFacts.AsNoTracking().OrderBy(f => f.Ordinal).ToListAsync();
        var raw = await db.Facts.AsNoTracking().OrderBy(f => f.Id).ToListAsync();
        Assert.True(stored.Count > 0 && stored.Count <= raw.Count, $"{stored.Count} linked of {raw.Count}");
        var macOs = Assert.Single(stored, f => f.FactId == "1.12-darwin-os_support_ended-macos-10.10");
        Assert.Equal(("1.12", "done", "1.13", "1.13"), (macOs.PageVersion, macOs.Status, macOs.ResolvedIn, macOs.Version));

        var read = await app.Get<FactStore>().LoadLinkedAsync(CancellationToken.None);
        Assert.Equal(stored.Select(f => f.FactId), read.Select(f => f.Id));
        Assert.Equal(GoVersion.Parse("1.12"), read.Single(f => f.Id == macOs.FactId).Page);
    }

    [GoSiteFact]
    public async Task An_unchanged_reingest_does_not_relink_and_a_database_without_linked_facts_is_linked_at_start()
    {
        await using var app = await TestApp.StartAsync();
        var ingestion = app.Get<IngestionUseCase>();
        await ingestion.RunAsync(new IngestionRequest(GoSite.Require(), Versions, IncludeDownloads: false), null, CancellationToken.None);
        long maxId;
        await using (var db = await app.DbAsync()) maxId = await db.LinkedFacts.MaxAsync(f => f.Id);

        await ingestion.RunAsync(new IngestionRequest(GoSite.Require(), Versions, IncludeDownloads: false), null, CancellationToken.None);
        await using (var db = await app.DbAsync())
        {
            Assert.Equal(maxId, await db.LinkedFacts.MaxAsync(f => f.Id));
            await db.LinkedFacts.ExecuteDeleteAsync();
        }

        await app.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);

        var read = await app.Get<FactStore>().LoadLinkedAsync(CancellationToken.None);
        Assert.Contains(read, f => f.Id == "1.12-darwin-os_support_ended-macos-10.10" && f.Status == AnnouncementStatus.Done);
    }
}
