using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChangeTracker.Application.Tests.Hosting;

/// <summary>
/// Upgrading a database made before the history existed (real SQLite file): its stored facts become the baseline of the
/// history, first seen when their page was ingested, so the next ingestion reports only what really changes.
/// </summary>
public sealed class FactHistoryMigrationTests : IDisposable
{
    private const string Previous = "20261202172222_FactsV2";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task Stored_facts_become_the_history_baseline_dated_by_their_ingestion()
    {
        Directory.CreateDirectory(_folder);
        var ingestedAt = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var stored = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(ingestedAt)!;
        await using (var before = new ChangeTrackerDbContext(StorageSetup.Options(Path.Combine(_folder, "changetracker.db"))))
        {
            await before.GetService<IMigrator>().MigrateAsync(Previous);
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Releases" ("Id", "Version", "SortKey", "Title", "NotesUrl", "IngestedAt") VALUES (1, '1.40', 140, 'Go 1.40 Release Notes', 'https://go.dev/doc/go1.40', {0});
                INSERT INTO "Facts" ("Id", "PageVersion", "Ordinal", "Kind", "Version", "VersionSortKey", "Subject", "Experimental", "Summary", "Source", "Evidence", "Rule", "FactId", "Symbols", "Breaking", "Tentative")
                  VALUES (1, '1.40', 0, 'removal', '1.40', 140, 'the -old flag', 0, 'The -old flag is gone.', 'https://go.dev/doc/go1.40#tools', 'The -old flag is gone.', 'removal-gone', '1.40-tools-removal-old-flag', '', 1, 0);
                """, stored);
        }

        await using var app = await TestApp.StartAsync(folder: _folder);
        await using var db = await app.DbAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var baseline = await db.FactChanges.SingleAsync();
        Assert.Equal(("1.40-tools-removal-old-flag", "added", "removal", "1.40", (long?)null), (baseline.FactId, baseline.Change, baseline.Kind, baseline.PageVersion, baseline.RunId));
        Assert.Equal(ingestedAt, baseline.SeenAt);
        Assert.Equal("The -old flag is gone.", baseline.Summary);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
