using System.Data.Common;
using ChangeTracker.Domain.Changes;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Facts;

/// <summary>Stores facts per notes page (replaced whole) and reads them back, linked across pages.</summary>
public sealed class FactStore(IDbContextFactory<ChangeTrackerDbContext> dbFactory, DatabaseTarget target)
{
    /// <summary>
    /// Replaces the facts extracted from one page, inside the caller's transaction, and records in the history what the
    /// replacement added, changed and withdrew (compared by fact id). Returns the fact rows written.
    /// </summary>
    public async Task<int> ReplaceAsync(ChangeTrackerDbContext db, GoVersion pageVersion, IReadOnlyList<Fact> facts, FactChangeStamp stamp, CancellationToken cancellationToken)
    {
        var page = pageVersion.Line.ToString();
        var before = await db.Facts.AsNoTracking().Where(f => f.PageVersion == page).OrderBy(f => f.Ordinal).ToListAsync(cancellationToken);
        await db.Facts.Where(f => f.PageVersion == page).ExecuteDeleteAsync(cancellationToken);
        db.Facts.AddRange(facts.Select((f, i) => FactRecords.ToRecord(page, i, f)));
        var changes = FactChanges.Between(before.Select(FactRecords.ToFact).ToList(), facts);
        db.FactChanges.AddRange(changes.Select(c => FactChangeRecords.ToRecord(c, stamp)));
        return facts.Count;
    }

    /// <summary>
    /// Links the facts of every page across pages (an announcement and its later "now removed" become one fact, statuses
    /// decided) and stores the result in one transaction: this is what every reader reads. Called when an ingestion
    /// finishes and after facts are re-extracted. Returns how many linked facts were stored.
    /// </summary>
    public async Task<int> RelinkAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockAsync(WriteLocks.Store, cancellationToken);
        var records = await db.Facts.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var linked = NotesFactExtraction.Link(records.Select(FactRecords.ToFact));
        await db.LinkedFacts.ExecuteDeleteAsync(cancellationToken);
        db.LinkedFacts.AddRange(linked.Select((f, i) => FactRecords.ToLinkedRecord(i, f)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return linked.Count;
    }

    /// <summary>True when facts are stored but their linked form is not (a database from before write-time linking).</summary>
    public async Task<bool> NeedsRelinkAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return !await db.LinkedFacts.AnyAsync(cancellationToken) && await db.Facts.AnyAsync(cancellationToken);
    }

    private sealed record LinkedFacts(long Count, long MaxId, IReadOnlyList<Fact> Facts);

    private volatile LinkedFacts? _cache;

    /// <summary>
    /// Every fact, linked across pages, as the last ingestion stored it (<see cref="RelinkAsync"/>); nothing is linked on
    /// read. Cached while the table is unchanged: relinking deletes and inserts rows, so count and max id tell. With
    /// nothing cached yet (the first read of a process, which is all a CLI command does) the rows are read at once and
    /// their count and max id taken from them. Plain reads (<see cref="PlainReads"/>): no EF Core query to compile.
    /// </summary>
    public async Task<IReadOnlyList<Fact>> LoadLinkedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
        if (_cache is { } cached)
        {
            await using var probe = PlainReads.Command(connection, """SELECT COUNT(*), MAX("Id") FROM "LinkedFacts";""");
            await using var counts = await probe.ExecuteReaderAsync(cancellationToken);
            await counts.ReadAsync(cancellationToken);
            var (count, maxId) = (counts.GetInt64(0), counts.IsDBNull(1) ? 0L : counts.GetInt64(1));
            if (cached.Count == count && cached.MaxId == maxId) return cached.Facts;
        }
        var records = new List<LinkedFactRecord>();
        await using (var command = PlainReads.Command(connection, $"""SELECT "Id", {FactColumnsReader.Columns} FROM "LinkedFacts" ORDER BY "Ordinal";"""))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) records.Add(LinkedRecord(reader));
        }
        var linked = records.Select(FactRecords.ToFact).ToList();
        _cache = new LinkedFacts(records.Count, records.Count == 0 ? 0L : records.Max(f => f.Id), linked);
        return linked;
    }

    /// <summary>A row of the linked facts' id and <see cref="FactColumnsReader.Columns"/>.</summary>
    private static LinkedFactRecord LinkedRecord(DbDataReader r)
    {
        var record = new LinkedFactRecord { Id = r.GetInt64(0) };
        record.PageVersion = FactColumnsReader.Fill(record, r, 1);
        return record;
    }
}
