using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage.Tests;

/// <summary>A database of its own on <paramref name="provider"/> (a SQLite file in a temp folder, or a PostgreSQL database), migrated like a host does it.</summary>
public sealed class TestStore(DatabaseProvider provider) : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(provider,
        Path.Combine(Path.GetTempPath(), "changetracker-storage-tests", Guid.NewGuid().ToString("n")), "storage");

    public DatabaseTarget Target => _database.Target;

    public DbContextOptions<ChangeTrackerDbContext> Options => StorageSetup.Options(_database.Target);

    public ChangeTrackerDbContext Open() => new(Options);

    public async Task<ChangeTrackerDbContext> MigratedAsync()
    {
        var db = Open();
        await db.Database.MigrateAsync();
        return db;
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        try { Directory.Delete(_database.Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
