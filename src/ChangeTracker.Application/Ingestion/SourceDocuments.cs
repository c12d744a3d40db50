using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>Remembers what was stored for a page (hash, validators), in the same transaction as the page's data.</summary>
internal static class SourceDocuments
{
    public static async Task RememberAsync(ChangeTrackerDbContext db, FetchedPage page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.SourceDocuments.FirstOrDefaultAsync(d => d.Path == page.Path.Value, cancellationToken);
        if (record is null)
        {
            record = new SourceDocumentRecord { Path = page.Path.Value, ContentHash = page.Hash! };
            db.SourceDocuments.Add(record);
        }
        record.ContentHash = page.Hash!;
        record.ETag = page.ETag;
        record.LastModified = page.LastModified;
        record.FetchedAt = now;
    }
}
