using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChangeTracker.Storage;

/// <summary>
/// Inserts many rows of one mapped table with one INSERT (its parameters made once, only their values set per row) run once per row, in the context's current
/// transaction: no change tracking, no key propagation, no SQL built per batch. Columns, names and value conversions
/// come from the EF Core model (the same type mappings EF uses for its own parameters), so the rows are stored exactly
/// as <c>SaveChanges</c> would store them, on either provider. Store-generated keys are left to the database.
/// </summary>
public static class RowInserter
{
    public static async Task<int> InsertAsync<T>(this ChangeTrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0) return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = InsertText(sql, table, columns);

        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var getters = columns.Select(c => c.GetGetter()).ToList();
        var parameters = columns.Select((c, i) => mappings[i].CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, c.IsNullable)).ToList();
        command.Parameters.AddRange(parameters.ToArray());
        var inserted = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = ProviderValue(mappings[i], getters[i].GetClrValueUsingContainingEntity(row));
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return inserted;
    }

    /// <summary>A row's value as its parameter holds it: converted as the mapping converts it (as EF's own <c>CreateParameter</c> does), null as DBNull.</summary>
    private static object ProviderValue(RelationalTypeMapping mapping, object? value) =>
        (mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;

    private static string InsertText(ISqlGenerationHelper sql, StoreObjectIdentifier table, IReadOnlyList<IProperty> columns)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (");
        text.AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
        text.Append(") VALUES (");
        text.AppendJoin(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")));
        return text.Append(')').ToString();
    }
}
