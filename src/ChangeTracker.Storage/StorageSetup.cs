using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Storage;

/// <summary>How every host opens the ChangeTracker database: SQLite, migrations from ChangeTracker.Migrations.</summary>
public static class StorageSetup
{
    public const string MigrationsAssembly = "ChangeTracker.Migrations";
    public const string DefaultDatabasePath = "data/changetracker.db";

    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// SQLite and migrations from ChangeTracker.Migrations. EF's SQLite table rebuilds in those migrations switch foreign
    /// keys off with a PRAGMA that cannot run inside a transaction, and EF warns about it each time it applies one — on every
    /// first start. The migrations tests apply them from empty and from the previous schema on a real file, so that
    /// warning is not shown to people starting the app.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, string databasePath) =>
        options.UseSqlite(ConnectionString(databasePath), sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));

    public static IServiceCollection AddChangeTrackerStorage(this IServiceCollection services, Func<IServiceProvider, string> databasePath) =>
        services.AddDbContextFactory<ChangeTrackerDbContext>((sp, options) => Configure(options, databasePath(sp)));

    public static DbContextOptions<ChangeTrackerDbContext> Options(string databasePath)
    {
        var builder = new DbContextOptionsBuilder<ChangeTrackerDbContext>();
        Configure(builder, databasePath);
        return builder.Options;
    }
}
