using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    public static void Configure(DbContextOptionsBuilder options, string databasePath) =>
        options.UseSqlite(ConnectionString(databasePath), sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));

    public static IServiceCollection AddChangeTrackerStorage(this IServiceCollection services, Func<IServiceProvider, string> databasePath) =>
        services.AddDbContextFactory<ChangeTrackerDbContext>((sp, options) => Configure(options, databasePath(sp)));

    public static DbContextOptions<ChangeTrackerDbContext> Options(string databasePath)
    {
        var builder = new DbContextOptionsBuilder<ChangeTrackerDbContext>();
        Configure(builder, databasePath);
        return builder.Options;
    }
}
