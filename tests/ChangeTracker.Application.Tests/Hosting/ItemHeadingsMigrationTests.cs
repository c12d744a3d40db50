using ChangeTracker.Application.Queries;
using ChangeTracker.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChangeTracker.Application.Tests.Hosting;

/// <summary>Upgrading a database made before the ItemHeadings migration gives stored items their headings, searchable (real SQLite file).</summary>
public sealed class ItemHeadingsMigrationTests : IDisposable
{
    private const string Previous = "20261206060314_LinkedFacts";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));

    private string DatabasePath => Path.Combine(_folder, "changetracker.db");

    [Fact]
    public async Task Stored_items_take_their_section_title_and_are_found_by_it()
    {
        Directory.CreateDirectory(_folder);
        await using (var before = new ChangeTrackerDbContext(StorageSetup.Options(DatabasePath)))
        {
            await before.GetService<IMigrator>().MigrateAsync(Previous);
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Releases" ("Id", "Version", "SortKey", "NotesUrl") VALUES (1, '1.40', 140, 'https://example.test/doc/go1.40');
                INSERT INTO "Sections" ("Id", "ReleaseId", "Ordinal", "Anchor", "Title", "HeadingPath", "Level", "Category") VALUES (1, 1, 0, 'quux', 'Quux protocol', 'Library > Quux protocol', 3, 'library');
                INSERT INTO "Items" ("Id", "ReleaseId", "SectionOrdinal", "Ordinal", "Anchor", "Category", "Text", "Html") VALUES (1, 1, 0, 0, 'quux', 'library', 'Version two is now on unless switched off.', '<p>Version two is now on unless switched off.</p>');
                """);
        }

        await using var db = new ChangeTrackerDbContext(StorageSetup.Options(DatabasePath));
        await db.Database.MigrateAsync();

        Assert.Equal("Quux protocol", (await db.Items.SingleAsync()).Heading);
        var hits = await new SearchQuery(new SingleContextFactory(DatabasePath)).SearchAsync("quux", 5, CancellationToken.None);
        Assert.Equal(["1.40"], hits.Select(h => h.Version));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class SingleContextFactory(string path) : IDbContextFactory<ChangeTrackerDbContext>
    {
        public ChangeTrackerDbContext CreateDbContext() => new(StorageSetup.Options(path));
    }
}
