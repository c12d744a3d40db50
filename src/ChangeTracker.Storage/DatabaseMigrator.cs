using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    /// in the migrations history (they are applied in order), over a plain connection — no EF Core context, model or
    /// migrator services, which cost a read-only command most of its start-up.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        if (LastMigrationId(target.MigrationsAssembly) is not { } last) return false;
        try
        {
            await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
            await using var command = PlainReads.Command(connection,
                $"""SELECT COUNT(*) FROM "{HistoryRepository.DefaultTableName}" WHERE "MigrationId" = @id""", ("@id", last));
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        }
        catch (DbException)
        {
            return false; // no database or no history yet: the full preparation says why
        }
    }

    private static readonly ConcurrentDictionary<string, string?> LastMigrations = new(StringComparer.Ordinal);

    /// <summary>
    /// The id of the last migration of <see cref="ChangeTrackerDbContext"/> in <paramref name="assemblyName"/> (ids sort in
    /// the order EF applies them), read from the migrations' attributes; null when that assembly is not deployed.
    /// </summary>
    public static string? LastMigrationId(string assemblyName) => LastMigrations.GetOrAdd(assemblyName, static name =>
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        return assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(ChangeTrackerDbContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.OrdinalIgnoreCase)
            .LastOrDefault();
    });
}
