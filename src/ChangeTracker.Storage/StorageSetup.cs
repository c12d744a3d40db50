using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Storage;

/// <summary>
/// How every host opens the ChangeTracker database: SQLite (migrations from ChangeTracker.Migrations.Sqlite) or
/// PostgreSQL (migrations from ChangeTracker.Migrations.PostgreSql).
/// </summary>
public static class StorageSetup
{
    public const string DefaultDatabasePath = "data/changetracker.db";

    public static string ConnectionString(string databasePath) => DatabaseTarget.Sqlite(databasePath).ConnectionString;

    /// <summary>
    /// The provider of <paramref name="target"/> with its migrations assembly. EF's SQLite table rebuilds in the SQLite
    /// migrations switch foreign keys off with a PRAGMA that cannot run inside a transaction, and EF warns about it each
    /// time it applies one — on every first start. The migrations tests apply them from empty and from the previous schema
    /// on a real file, so that warning is not shown to people starting the app.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseTarget target)
    {
        if (CompiledModels.For(target) is { } model) options.UseModel(model);
        if (target.Provider == DatabaseProvider.PostgreSql)
            options.UseNpgsql(target.ConnectionString, pg => pg.MigrationsAssembly(target.MigrationsAssembly));
        else
            options.UseSqlite(target.ConnectionString, sqlite => sqlite.MigrationsAssembly(target.MigrationsAssembly))
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
    }

    public static void Configure(DbContextOptionsBuilder options, string databasePath) => Configure(options, DatabaseTarget.Sqlite(databasePath));

    public static IServiceCollection AddChangeTrackerStorage(this IServiceCollection services, Func<IServiceProvider, DatabaseTarget> target) =>
        services.AddDbContextFactory<ChangeTrackerDbContext>((sp, options) => Configure(options, target(sp)));

    public static DbContextOptions<ChangeTrackerDbContext> Options(DatabaseTarget target)
    {
        var builder = new DbContextOptionsBuilder<ChangeTrackerDbContext>();
        Configure(builder, target);
        return builder.Options;
    }

    public static DbContextOptions<ChangeTrackerDbContext> Options(string databasePath) => Options(DatabaseTarget.Sqlite(databasePath));
}
