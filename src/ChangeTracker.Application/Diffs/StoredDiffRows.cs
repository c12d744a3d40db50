using System.Data.Common;
using ChangeTracker.Application.Facts;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Diffs;

/// <summary>The child rows of a stored diff (facts, file pairs, revisions), read with plain SQL in stored order.</summary>
internal static class StoredDiffRows
{
    public static async Task ReadAsync(DbConnection connection, StoredDiffRecord record, CancellationToken cancellationToken)
    {
        var id = ("@id", (object)record.Id);
        await using (var command = PlainReads.Command(connection,
            $"""SELECT "Id", "Section", "Ordinal", {FactColumnsReader.Columns} FROM "StoredDiffFacts" WHERE "DiffId" = @id ORDER BY "Id";""", id))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                var fact = new StoredDiffFactRecord { Id = r.GetInt64(0), DiffId = record.Id, Section = r.GetString(1), Ordinal = r.GetInt32(2) };
                fact.PageVersion = FactColumnsReader.Fill(fact, r, 3);
                record.Facts.Add(fact);
            }
        }
        await using (var command = PlainReads.Command(connection,
            """SELECT "Id", "Os", "Arch", "Kind", "FromFile", "FromBytes", "ToFile", "ToBytes", "DeltaBytes" FROM "StoredDiffFiles" WHERE "DiffId" = @id ORDER BY "Id";""", id))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
                record.Files.Add(new StoredDiffFileRecord
                {
                    Id = r.GetInt64(0), DiffId = record.Id, Os = r.GetString(1), Arch = r.GetString(2), Kind = r.GetString(3),
                    FromFile = PlainReads.StringOrNull(r, 4), FromBytes = LongOrNull(r, 5), ToFile = PlainReads.StringOrNull(r, 6),
                    ToBytes = LongOrNull(r, 7), DeltaBytes = LongOrNull(r, 8),
                });
        }
        await using (var command = PlainReads.Command(connection,
            """SELECT "Id", "Version", "Date", "Security", "ShouldNotBeUsed" FROM "StoredDiffRevisions" WHERE "DiffId" = @id ORDER BY "Id";""", id))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
                record.Revisions.Add(new StoredDiffRevisionRecord
                {
                    Id = r.GetInt64(0), DiffId = record.Id, Version = r.GetString(1), Date = PlainReads.DateOnlyOrNull(r, 2),
                    Security = r.GetBoolean(3), ShouldNotBeUsed = r.GetBoolean(4),
                });
        }
    }

    private static long? LongOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt64(ordinal);
}
