using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace ChangeTracker.Storage;

/// <summary>
/// Reads through a plain ADO.NET connection of the target's provider, without EF Core: for the few read queries a
/// short-lived process (a CLI command) answers, where building EF's services and compiling a LINQ query cost several
/// times the query itself. SQL given here must be portable between SQLite and PostgreSQL (quoted names, no functions
/// either lacks); values stored through a conversion are read back with <see cref="StoredDateTimeOffset"/>.
/// </summary>
public static class PlainReads
{
    private static readonly DateTimeOffsetToBinaryConverter DateTimeOffsets = new();

    /// <summary>An open connection to <paramref name="target"/>.</summary>
    public static async Task<DbConnection> OpenAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        DbConnection connection = target.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(target.ConnectionString)
            : new SqliteConnection(target.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A command over <paramref name="connection"/> with <paramref name="sql"/> and its named parameters (@name).</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>A DateTimeOffset column as the model stores it (<see cref="ChangeTrackerDbContext"/>'s conversion to a long).</summary>
    public static DateTimeOffset? StoredDateTimeOffset(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : (DateTimeOffset)DateTimeOffsets.ConvertFromProvider(reader.GetInt64(ordinal))!;

    public static DateOnly? DateOnlyOrNull(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static string? StringOrNull(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
