using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_from_an_empty_file_build_the_whole_model()
    {
        await using var file = new SqliteFile();
        await using var db = await file.MigratedAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration covers: add one");
        foreach (var table in new[] { "Releases", "Items", "Facts", "FactChanges", "IngestionRuns", "IngestionPages", "StoredDiffs", "ItemsSearch", "LinkedFacts" })
            Assert.Equal(1, await ScalarAsync(db, $"SELECT count(*) FROM sqlite_master WHERE name = '{table}'"));
    }

    [Fact]
    public async Task Migrating_from_the_previous_schema_keeps_the_runs_and_counts_no_recomputed_diffs()
    {
        await using var file = new SqliteFile();
        var migrations = file.Open().Database.GetMigrations().ToList();
        var previous = migrations[^2];
        await using (var old = await file.MigratedAsync(previous))
        {
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO "IngestionRuns" ("Id", "Source", "Trigger", "StartedAt", "FinishedAt", "Outcome") VALUES (7, 'https://go.dev', 'schedule', 0, 0, 'succeeded');
                INSERT INTO "IngestionPages" ("RunId", "Page", "Version", "Outcome", "RowsWritten", "DurationMs") VALUES (7, '/doc/go1.12', '1.12', 'ingested', 10, 5);
                """);
        }

        await using var db = await file.MigratedAsync();

        var run = await db.IngestionRuns.Include(r => r.Pages).SingleAsync();
        Assert.Equal((7L, "schedule", "succeeded", 0), (run.Id, run.Trigger, run.Outcome, run.DiffsRecomputed));
        Assert.Equal("/doc/go1.12", Assert.Single(run.Pages).Page);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static async Task<long> ScalarAsync(ChangeTrackerDbContext db, string sql)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
