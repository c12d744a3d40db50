using System.Text;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Support;

/// <summary>Row counts and a content digest per table, to prove a second ingest changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static readonly string[] DataTables =
        ["Releases", "Sections", "Items", "Revisions", "RevisionComponents", "DistributionFiles", "ReportedSizes", "Facts", "SourceDocuments"];

    public static async Task<Dictionary<string, (long Rows, string Digest)>> TakeAsync(ChangeTrackerDbContext db)
    {
        var result = new Dictionary<string, (long, string)>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in DataTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
            await using var reader = await command.ExecuteReaderAsync();
            var text = new StringBuilder();
            long rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var name = reader.GetName(i);
                    if (name is "IngestedAt" or "FetchedAt") continue; // when, not what
                    text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i)).Append('|');
                }
                text.Append('\n');
            }
            result[table] = (rows, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
        }
        return result;
    }
}
