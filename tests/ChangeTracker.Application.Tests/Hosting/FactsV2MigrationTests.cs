using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChangeTracker.Application.Tests.Hosting;

/// <summary>
/// Upgrading a database made before the FactsV2 migration (real SQLite file): old-shape facts and stored diffs go,
/// the stored notes items stay, and the start re-extracts Facts v2 facts from them without fetching anything.
/// </summary>
public sealed class FactsV2MigrationTests : IDisposable
{
    private const string Previous = "20261202170614_RevisionsNotForUse";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task Old_facts_are_replaced_by_facts_extracted_again_from_the_stored_items()
    {
        Directory.CreateDirectory(_folder);
        await using (var before = new ChangeTrackerDbContext(StorageSetup.Options(Path.Combine(_folder, "changetracker.db"))))
        {
            await before.GetService<IMigrator>().MigrateAsync(Previous);
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Releases" ("Id", "Version", "SortKey", "Title", "NotesUrl") VALUES (1, '1.40', 140, 'Go 1.40 Release Notes', 'https://go.dev/doc/go1.40');
                INSERT INTO "Sections" ("Id", "ReleaseId", "Ordinal", "Anchor", "Title", "HeadingPath", "Level", "Category") VALUES (1, 1, 0, 'darwin', 'Darwin', 'Ports › Darwin', 3, 'ports');
                INSERT INTO "Items" ("Id", "ReleaseId", "SectionOrdinal", "Ordinal", "Anchor", "Category", "Text", "Html")
                  VALUES (1, 1, 0, 0, 'darwin', 'ports', 'Go 1.40 is the last release that will run on macOS 14 Sonoma.', '<p>Go 1.40 is the last release that will run on macOS 14 Sonoma.</p>');
                INSERT INTO "Facts" ("Id", "PageVersion", "Ordinal", "Kind", "Version", "VersionSortKey", "Subject", "Experimental", "Summary", "Source", "Evidence", "Rule")
                  VALUES (1, '1.40', 0, 'deprecation', '1.40', 140, 'old shape', 0, 's', 'u', 'e', 'r');
                INSERT INTO "StoredDiffs" ("Id", "FromVersion", "ToVersion", "FromSortKey", "ToSortKey", "ComputedAt", "InputsHash") VALUES (1, '1.39', '1.40', 139, 140, '2026-01-01', 'h');
                """);
        }

        await using var app = await TestApp.StartAsync(folder: _folder);
        await using var db = await app.DbAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Empty(await db.StoredDiffs.ToListAsync());
        var fact = await db.Facts.SingleAsync(f => f.Kind == "os_support_ended");
        Assert.Equal(("1.40-darwin-os_support_ended-macos-14", "1.41", true), (fact.FactId, fact.Version, fact.Breaking));
        Assert.DoesNotContain(await db.Facts.ToListAsync(), f => f.Subject == "old shape");
        Assert.Equal(1, await db.Items.CountAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
