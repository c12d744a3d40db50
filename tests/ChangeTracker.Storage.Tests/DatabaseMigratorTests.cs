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

        Assert.False(await DatabaseMigrator.IsCurrentAsync(DatabaseTarget.Sqlite(file.Path), CancellationToken.None));
    }

    [Fact]
    public async Task A_file_one_migration_behind_is_not_current_and_a_migrated_one_is()
    {
        await using var file = new SqliteFile();
        var target = DatabaseTarget.Sqlite(file.Path);
        var previous = file.Open().Database.GetMigrations().ToList()[^2];
        await using (var old = await file.MigratedAsync(previous)) { }

        Assert.False(await DatabaseMigrator.IsCurrentAsync(target, CancellationToken.None));

        await using (var db = await file.MigratedAsync()) { }

        Assert.True(await DatabaseMigrator.IsCurrentAsync(target, CancellationToken.None));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_last_migration_read_from_the_attributes_is_the_one_EF_applies_last(DatabaseProvider provider)
    {
        var target = provider == DatabaseProvider.Sqlite ? DatabaseTarget.Sqlite("unused.db") : DatabaseTarget.PostgreSql("Host=unused");
        using var db = new ChangeTrackerDbContext(StorageSetup.Options(target));

        Assert.Equal(db.Database.GetMigrations().Last(), DatabaseMigrator.LastMigrationId(target.MigrationsAssembly));
    }

    [Fact]
    public void An_assembly_that_is_not_deployed_has_no_last_migration() =>
        Assert.Null(DatabaseMigrator.LastMigrationId("ChangeTracker.Migrations.NotDeployed"));
}

/// <summary>The same check on a real PostgreSQL server.</summary>
public sealed class PostgreSqlDatabaseMigratorTests : IPostgreSqlTests
{
    [DatabaseFact]
    public async Task An_empty_database_is_not_current_and_a_migrated_one_is()
    {
        await using var store = new TestStore(DatabaseProvider.PostgreSql);

        Assert.False(await DatabaseMigrator.IsCurrentAsync(store.Target, CancellationToken.None));

        await using (var db = await store.MigratedAsync()) { }

        Assert.True(await DatabaseMigrator.IsCurrentAsync(store.Target, CancellationToken.None));
    }
}
