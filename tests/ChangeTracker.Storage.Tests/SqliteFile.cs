using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChangeTracker.Storage.Tests;

/// <summary>A real SQLite database file in a temp folder, migrated like a host does it (or to a chosen migration).</summary>
public sealed class SqliteFile : IAsyncDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "changetracker-storage-tests", Guid.NewGuid().ToString("n"));

    public SqliteFile() => Directory.CreateDirectory(_folder);

    public string Path => System.IO.Path.Combine(_folder, "changetracker.db");

    public ChangeTrackerDbContext Open() => new(StorageSetup.Options(Path));

    public async Task<ChangeTrackerDbContext> MigratedAsync(string? toMigration = null)
    {
        var db = Open();
        if (toMigration is null) await db.Database.MigrateAsync();
        else await db.GetService<IMigrator>().MigrateAsync(toMigration);
        return db;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
