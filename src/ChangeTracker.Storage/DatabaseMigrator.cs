using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage;

/// <summary>
/// Applies pending migrations of the configured provider. For SQLite it first creates the database folder and switches
/// to WAL so readers never block the writer; PostgreSQL needs neither (the database must exist; its schema is created here).
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IDbContextFactory<ChangeTrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var folder = Path.GetDirectoryName(db.Database.GetDbConnection().DataSource);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
