using System.Diagnostics;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Parsing;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Ingests the release-history page: the major releases with their dates (which is how versions are
/// discovered) and every minor revision, replaced in one transaction.
/// </summary>
public sealed class HistoryIngestor(IDbContextFactory<ChangeTrackerDbContext> dbFactory, PageFetcher fetcher, StoreGate gate, MarkupBudget budget, TimeProvider clock)
{
    public sealed record Result(PageReport Report, ReleaseHistory? History);

    public async Task<Result> IngestAsync(IReleaseSource source, bool force, CancellationToken cancellationToken)
    {
        var path = SourcePath.ReleaseHistory;
        var watch = Stopwatch.StartNew();
        // The history is always parsed (it is how versions are discovered); only the store is skipped when unchanged.
        var page = await fetcher.FetchAsync(source, path, force: true, cancellationToken);
        if (page.Outcome == PageOutcome.Failed)
            return new Result(new PageReport(path.Value, null, PageOutcome.Failed, page.Error, 0, watch.Elapsed), null);

        var parsed = ReleaseHistoryParser.Parse(page.Body!, budget);
        if (parsed.Value is not { } history)
            return new Result(new PageReport(path.Value, null, PageOutcome.Failed, $"{path}: {parsed.Error}", 0, watch.Elapsed), null);

        var unchanged = !force && await IsStoredAsync(page.Hash!, cancellationToken);
        if (unchanged)
            return new Result(new PageReport(path.Value, null, PageOutcome.Unchanged, null, 0, watch.Elapsed), history);

        var rows = await gate.RunAsync(() => StoreAsync(page, history, cancellationToken), cancellationToken);
        return new Result(new PageReport(path.Value, null, PageOutcome.Ingested, null, rows, watch.Elapsed), history);
    }

    private async Task<bool> IsStoredAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SourceDocuments.AnyAsync(d => d.Path == SourcePath.ReleaseHistory.Value && d.ContentHash == hash, cancellationToken);
    }

    private async Task<int> StoreAsync(FetchedPage page, ReleaseHistory history, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockAsync(WriteLocks.Store, cancellationToken);
        foreach (var major in history.Majors)
        {
            var release = await ReleaseRows.GetOrAddAsync(db, major.Version, cancellationToken);
            release.ReleaseDate = major.Date;
        }
        await db.RevisionComponents.ExecuteDeleteAsync(cancellationToken);
        await db.Revisions.ExecuteDeleteAsync(cancellationToken);
        db.Revisions.AddRange(history.Revisions.DistinctBy(r => r.Version).Select(ToRecord));
        await SourceDocuments.RememberAsync(db, page, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return history.Majors.Count + history.Revisions.Count;
    }

    private static RevisionRecord ToRecord(MinorRevision r) => new()
    {
        Version = r.Version.ToString(),
        Line = r.Version.Line.ToString(),
        SortKey = r.Version.SortKey,
        Date = r.Date,
        Summary = r.Summary,
        Security = r.Security,
        ShouldNotBeUsed = r.ShouldNotBeUsed,
        Components = r.Components.Distinct().Select(c => new RevisionComponentRecord { Name = c }).ToList(),
    };
}
