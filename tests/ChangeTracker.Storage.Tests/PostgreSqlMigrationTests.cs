using ChangeTracker.Storage.Records;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage.Tests;

/// <summary>The PostgreSQL migrations (ChangeTracker.Migrations.PostgreSql) on a real server.</summary>
public sealed class PostgreSqlMigrationTests : IPostgreSqlTests
{
    [DatabaseFact]
    public async Task Migrations_from_an_empty_database_build_the_whole_model_with_its_search_index()
    {
        await using var store = new TestStore(DatabaseProvider.PostgreSql);
        await using var db = await store.MigratedAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no PostgreSQL migration covers: add one");
        Assert.Equal(1, await ScalarAsync(db, """SELECT count(*) FROM pg_indexes WHERE indexname = 'IX_Items_SearchVector' AND indexdef LIKE '%USING gin%'"""));
    }

    [DatabaseFact]
    public async Task The_search_vector_follows_every_write_of_an_item()
    {
        await using var store = new TestStore(DatabaseProvider.PostgreSql);
        await using var db = await store.MigratedAsync();
        var release = new ReleaseRecord { Version = "1.12", SortKey = 112 };
        release.Items.Add(new ItemRecord { SectionOrdinal = 0, Ordinal = 0, Anchor = "a", Category = "library", Component = "crypto/tls", Text = "Handshakes now negotiate newer protocol versions.", Html = "<p>x</p>" });
        db.Releases.Add(release);
        await db.SaveChangesAsync();
        Assert.Equal(1, await MatchesAsync(db, "negotiating handshake"));

        await db.Items.ExecuteUpdateAsync(s => s.SetProperty(i => i.Text, "Certificates are checked more strictly."));

        Assert.Equal(0, await MatchesAsync(db, "handshake"));
        Assert.Equal(1, await MatchesAsync(db, "certificate strictly"));
    }

    private static Task<long> MatchesAsync(ChangeTrackerDbContext db, string words) =>
        ScalarAsync(db, $"SELECT count(*) FROM \"Items\" WHERE \"SearchVector\" @@ plainto_tsquery('english', '{words}')");

    private static async Task<long> ScalarAsync(ChangeTrackerDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
