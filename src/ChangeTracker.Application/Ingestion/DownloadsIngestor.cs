using System.Diagnostics;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Parsing;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Ingests the downloads feed: the JSON feed first, the HTML page (sizes as a person reads them) when
/// the JSON cannot be had. All files are replaced in one transaction.
/// </summary>
public sealed class DownloadsIngestor(IDbContextFactory<ChangeTrackerDbContext> dbFactory, PageFetcher fetcher, StoreGate gate, MarkupBudget budget, TimeProvider clock)
{
    public async Task<IReadOnlyList<PageReport>> IngestAsync(IReleaseSource source, bool force, CancellationToken cancellationToken)
    {
        var json = await IngestAsync(source, SourcePath.DownloadsJson, DownloadsJsonParser.Parse, force, cancellationToken);
        if (json.Outcome != PageOutcome.Failed) return [json];
        var html = await IngestAsync(source, SourcePath.DownloadsHtml, html => DownloadsHtmlParser.Parse(html, budget), force, cancellationToken);
        return [json, html];
    }

    private async Task<PageReport> IngestAsync(
        IReleaseSource source, SourcePath path, Func<string, ParseResult<DownloadsFeed>> parse, bool force, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var page = await fetcher.FetchAsync(source, path, force, cancellationToken);
        if (page.Outcome != PageOutcome.Ingested)
            return new PageReport(path.Value, null, page.Outcome, page.Error, 0, watch.Elapsed);

        var parsed = parse(page.Body!);
        if (parsed.Value is not { } feed)
            return new PageReport(path.Value, null, PageOutcome.Failed, $"{path}: {parsed.Error}", 0, watch.Elapsed);

        var rows = await gate.RunAsync(() => StoreAsync(page, feed, cancellationToken), cancellationToken);
        var note = parsed.Warnings.Count == 0 ? null : $"{parsed.Warnings.Count} warnings, e.g. {parsed.Warnings[0]}";
        return new PageReport(path.Value, null, PageOutcome.Ingested, note, rows, watch.Elapsed);
    }

    private async Task<int> StoreAsync(FetchedPage page, DownloadsFeed feed, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockAsync(WriteLocks.Store, cancellationToken);
        await db.DistributionFiles.ExecuteDeleteAsync(cancellationToken);
        var records = feed.Releases
            .SelectMany(r => r.Files.Select(f => ToRecord(r, f)))
            .DistinctBy(f => f.Filename)
            .ToList();
        db.DistributionFiles.AddRange(records);
        await SourceDocuments.RememberAsync(db, page, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return records.Count;
    }

    private static DistributionFileRecord ToRecord(DownloadRelease release, DistributionFile file) => new()
    {
        Tag = release.Tag,
        Version = release.Version?.ToString(),
        SortKey = release.Version?.SortKey,
        Stable = release.Stable,
        Filename = file.Filename,
        Os = file.Os,
        Arch = file.Arch,
        Kind = file.Kind.ToName(),
        Size = file.Size,
        SizeIsApproximate = file.SizeIsApproximate,
        Sha256 = file.Sha256,
    };
}
