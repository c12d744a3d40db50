using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ChangeTracker.Jobs.Tests.Support;

/// <summary>
/// The stored data of a database file, table by table, as sorted rows without ids and times: two ingestions that
/// stored the same thing in a different order (parallel steps) have equal digests — on either provider: columns are
/// read by name and values written the same way (booleans as 0/1, dates as yyyy-MM-dd), so a PostgreSQL database and
/// a SQLite file holding the same data have equal digests too.
/// </summary>
public static class DataDigest
{
    public static readonly string[] Tables =
    [
        "Releases", "Sections", "Items", "Revisions", "RevisionComponents", "DistributionFiles", "Facts", "LinkedFacts", "FactChanges",
        "SourceDocuments", "StoredDiffs", "StoredDiffFacts", "StoredDiffFiles", "StoredDiffRevisions",
    ];

    private static readonly HashSet<string> Ignored = ["Id", "IngestedAt", "FetchedAt", "SeenAt", "ComputedAt", "DiffId", "ReleaseId", "RevisionId"];

    public static async Task<Dictionary<string, (int Rows, string Digest)>> OfAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        return await OfAsync(connection);
    }

    public static async Task<Dictionary<string, (int Rows, string Digest)>> OfAsync(DbConnection connection)
    {
        var result = new Dictionary<string, (int, string)>();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                foreach (var i in Enumerable.Range(0, reader.FieldCount).Where(i => !Ignored.Contains(reader.GetName(i)) && reader.GetName(i) != "SearchVector").OrderBy(reader.GetName, StringComparer.Ordinal))
                    row.Append(reader.IsDBNull(i) ? "∅" : Text(reader.GetValue(i))).Append('|');
                rows.Add(row.ToString());
            }
            rows.Sort(StringComparer.Ordinal);
            result[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows)))));
        }
        return result;
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "1" : "0",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
