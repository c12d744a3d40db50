using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage;

/// <summary>Creates the database folder, applies pending migrations and switches SQLite to WAL so readers never block the writer.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IDbContextFactory<ChangeTrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var path = db.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
