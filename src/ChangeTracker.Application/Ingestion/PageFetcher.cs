using ChangeTracker.Domain.Sources;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>A fetched page: changed content to process, unchanged (skip), or a failure message.</summary>
public sealed record FetchedPage(SourcePath Path, PageOutcome Outcome, string? Body, string? Hash, string? ETag, DateTimeOffset? LastModified, string? Error)
{
    public bool IsChanged => Outcome == PageOutcome.Ingested;
}

/// <summary>
/// Fetches a page with the validators stored from the last fetch (ETag/Last-Modified) and compares the
/// content hash with the stored one, so unchanged pages cost one request and no parsing.
/// </summary>
public sealed class PageFetcher(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public async Task<FetchedPage> FetchAsync(IReleaseSource source, SourcePath path, bool force, CancellationToken cancellationToken)
    {
        var known = await LoadKnownAsync(path, cancellationToken);
        var validators = force || known is null ? null : new SourceValidators(known.ETag, known.LastModified);
        var response = await source.FetchAsync(path, validators, cancellationToken);
        switch (response.Outcome)
        {
            case SourceOutcome.NotModified:
                return new FetchedPage(path, PageOutcome.Unchanged, null, known?.ContentHash, known?.ETag, known?.LastModified, null);
            case SourceOutcome.NotFound:
            case SourceOutcome.Failed:
                return new FetchedPage(path, PageOutcome.Failed, null, null, null, null, response.Error ?? $"{path}: fetch failed");
        }

        var body = response.Body ?? "";
        var hash = ContentHash.Of(body);
        var outcome = !force && known?.ContentHash == hash ? PageOutcome.Unchanged : PageOutcome.Ingested;
        return new FetchedPage(path, outcome, body, hash, response.ETag, response.LastModified, null);
    }

    private async Task<KnownDocument?> LoadKnownAsync(SourcePath path, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SourceDocuments.AsNoTracking()
            .Where(d => d.Path == path.Value)
            .Select(d => new KnownDocument(d.ContentHash, d.ETag, d.LastModified))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record KnownDocument(string ContentHash, string? ETag, DateTimeOffset? LastModified);
}
