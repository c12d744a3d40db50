using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

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
    /// Whether the database exists with every migration of this build applied: one query for this build's last migration
    /// in the migrations history (they are applied in order), without the migrator's services or the history table's own
    /// model, which cost a read-only command most of its start-up.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(IDbContextFactory<ChangeTrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var last = db.Database.GetMigrations().LastOrDefault();
        if (last is null) return false;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT COUNT(*) FROM "{HistoryRepository.DefaultTableName}" WHERE "MigrationId" = @id""";
            var id = command.CreateParameter();
            id.ParameterName = "@id";
            id.Value = last;
            command.Parameters.Add(id);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        }
        catch (DbException)
        {
            return false; // no database or no history yet: the full preparation says why
        }
    }
}
