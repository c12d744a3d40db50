using Npgsql;

namespace ChangeTracker.Testing;

/// <summary>
/// The PostgreSQL server the tests may use, named by CHANGETRACKER_TEST_POSTGRES (a connection string to a database
/// the tests can CREATE DATABASE from; `.ci/postgres start` prints one). Without it PostgreSQL tests are skipped with
/// the reason, except under CI, where they run and fail.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "CHANGETRACKER_TEST_POSTGRES";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } s ? s : null;

    /// <summary>Why a PostgreSQL test is skipped, or null when it must run.</summary>
    public static string? SkipReason => ServerConnectionString is not null || GoSite.IsCi
        ? null
        : $"no PostgreSQL server for the tests ({EnvironmentVariable} is not set; `.ci/postgres start` prints one); skipped outside CI";

    public static string Require() => ServerConnectionString
        ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set: the PostgreSQL tests need a server (`.ci/postgres start`)");

    /// <summary>Creates an empty database of its own and returns its connection string.</summary>
    public static string CreateDatabase(string prefix)
    {
        var name = $"ct_{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(24).ToArray())}_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Require()) { Database = name, Pooling = true }.ToString();
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing what still uses it.</summary>
    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Require()) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>Marks a test class whose tests run against PostgreSQL: skipped with the reason when there is no server (outside CI).</summary>
public interface IPostgreSqlTests;
