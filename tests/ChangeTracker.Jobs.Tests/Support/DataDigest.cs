using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ChangeTracker.Jobs.Tests.Support;

/// <summary>
/// The stored data of a database file, table by table, as sorted rows without ids and times: two ingestions that
/// stored the same thing in a different order (parallel steps) have equal digests.
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
        var result = new Dictionary<string, (int, string)>();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!Ignored.Contains(reader.GetName(i)))
                        row.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i)).Append('|');
                rows.Add(row.ToString());
            }
            rows.Sort(StringComparer.Ordinal);
            result[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows)))));
        }
        return result;
    }
}
