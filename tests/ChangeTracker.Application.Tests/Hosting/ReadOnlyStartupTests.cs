using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Hosting;

/// <summary>A start over a read-only database writes nothing: no migration, no seed, no run marking; it says what it lacks.</summary>
public sealed class ReadOnlyStartupTests
{
    private static readonly Dictionary<string, string?> ReadOnly = new() { ["ChangeTracker:Database:ReadOnly"] = "true" };

    [Fact]
    public async Task A_read_only_start_with_a_pending_migration_applies_nothing_and_says_it_is_degraded()
    {
        await using var writable = await TestApp.StartAsync();
        var folder = writable.Folder;
        await using (var db = await writable.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%_RunHeartbeat'");
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        var before = await File.ReadAllBytesAsync(writable.DatabasePath);

        await using var app = await TestApp.StartAsync(folder: folder, settings: ReadOnly);

        var status = app.Get<DatabaseStatus>();
        Assert.Single(status.PendingMigrations);
        Assert.StartsWith($"the database {writable.DatabasePath} is opened read-only (ChangeTracker:Database:ReadOnly=true): it is served as it is, without 1 pending migration(s)", status.Degradation);
        await using (var db = await app.DbAsync())
            Assert.NotEmpty(await db.ReportedSizes.ToListAsync());
        var refused = await Assert.ThrowsAsync<ReadOnlyDatabaseException>(() =>
            app.Get<IngestionUseCase>().BeginAsync(Path.GetTempPath(), IngestionTriggers.Cli, CancellationToken.None));
        Assert.EndsWith("ingestion needs to write", refused.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(writable.DatabasePath));
    }
}
