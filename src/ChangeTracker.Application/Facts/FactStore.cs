using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Facts;

/// <summary>Stores facts per notes page (replaced whole) and reads them back, linked across pages.</summary>
public sealed class FactStore(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    /// <summary>Replaces the facts extracted from one page, inside the caller's transaction. Returns the rows written.</summary>
    public async Task<int> ReplaceAsync(ChangeTrackerDbContext db, GoVersion pageVersion, IReadOnlyList<Fact> facts, CancellationToken cancellationToken)
    {
        var page = pageVersion.Line.ToString();
        await db.Facts.Where(f => f.PageVersion == page).ExecuteDeleteAsync(cancellationToken);
        db.Facts.AddRange(facts.Select((f, i) => FactRecords.ToRecord(page, i, f)));
        return facts.Count;
    }

    /// <summary>Every stored fact, linked across pages (an announcement and its later "now removed" become one fact).</summary>
    public async Task<IReadOnlyList<Fact>> LoadLinkedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Facts.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return NotesFactExtraction.Link(records.Select(FactRecords.ToFact));
    }
}
