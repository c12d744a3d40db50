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

    /// <summary>
    /// Whether the database exists with every migration of this build applied — read from the migrations history alone,
    /// without the migrator's model comparison (which costs a read-only command most of its start-up).
    /// </summary>
    public static async Task<bool> IsCurrentAsync(IDbContextFactory<ChangeTrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var known = db.Database.GetMigrations().ToList();
        if (known.Count == 0) return false;
        try
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            return known.All(applied.Contains);
        }
        catch (System.Data.Common.DbException)
        {
            return false; // no database or no history yet: the full preparation says why
        }
    }
}
