using ChangeTracker.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChangeTracker.Application.Tests.Hosting;

/// <summary>Upgrading a database made before the RevisionsNotForUse migration keeps its revisions (real SQLite file).</summary>
public sealed class RevisionsNotForUseMigrationTests : IDisposable
{
    private const string Previous = "20261127231631_NotesSearch";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));

    private string DatabasePath => Path.Combine(_folder, "changetracker.db");

    [Fact]
    public async Task Existing_revisions_and_their_components_survive_and_are_not_flagged()
    {
        Directory.CreateDirectory(_folder);
        await using (var before = new ChangeTrackerDbContext(StorageSetup.Options(DatabasePath)))
        {
            await before.GetService<IMigrator>().MigrateAsync(Previous);
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Revisions" ("Id", "Version", "Line", "SortKey", "Date", "Summary", "Security") VALUES (1, '1.12.1', '1.12', 1, '2019-03-14', 'fixes', 0);
                INSERT INTO "RevisionComponents" ("Id", "RevisionId", "Name") VALUES (1, 1, 'runtime');
                """);
        }

        await using var db = new ChangeTrackerDbContext(StorageSetup.Options(DatabasePath));
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var revision = await db.Revisions.Include(r => r.Components).SingleAsync();
        Assert.Equal(("1.12.1", new DateOnly(2019, 3, 14), false), (revision.Version, revision.Date, revision.ShouldNotBeUsed));
        Assert.Equal(["runtime"], revision.Components.Select(c => c.Name));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
