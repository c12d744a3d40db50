using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage.Tests;

/// <summary>The migrations-current check read commands start with: true only when this build's last migration is applied.</summary>
public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task A_file_without_a_migrations_history_is_not_current()
    {
        await using var file = new SqliteFile();

        Assert.False(await DatabaseMigrator.IsCurrentAsync(new Contexts(StorageSetup.Options(file.Path)), CancellationToken.None));
    }

    [Fact]
    public async Task A_file_one_migration_behind_is_not_current_and_a_migrated_one_is()
    {
        await using var file = new SqliteFile();
        var factory = new Contexts(StorageSetup.Options(file.Path));
        var previous = file.Open().Database.GetMigrations().ToList()[^2];
        await using (var old = await file.MigratedAsync(previous)) { }

        Assert.False(await DatabaseMigrator.IsCurrentAsync(factory, CancellationToken.None));

        await using (var db = await file.MigratedAsync()) { }

        Assert.True(await DatabaseMigrator.IsCurrentAsync(factory, CancellationToken.None));
    }

    /// <summary>Contexts over fixed options, as a host's factory makes them.</summary>
    internal sealed class Contexts(DbContextOptions<ChangeTrackerDbContext> options) : IDbContextFactory<ChangeTrackerDbContext>
    {
        public ChangeTrackerDbContext CreateDbContext() => new(options);
    }
}

/// <summary>The same check on a real PostgreSQL server.</summary>
public sealed class PostgreSqlDatabaseMigratorTests : IPostgreSqlTests
{
    [DatabaseFact]
    public async Task An_empty_database_is_not_current_and_a_migrated_one_is()
    {
        await using var store = new TestStore(DatabaseProvider.PostgreSql);
        var factory = new DatabaseMigratorTests.Contexts(store.Options);

        Assert.False(await DatabaseMigrator.IsCurrentAsync(factory, CancellationToken.None));

        await using (var db = await store.MigratedAsync()) { }

        Assert.True(await DatabaseMigrator.IsCurrentAsync(factory, CancellationToken.None));
    }
}
