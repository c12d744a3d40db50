using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>One entry of the data's history: a fact of a page added, changed or withdrawn by a run (null: a re-extraction).</summary>
public sealed record FactChangeRow(
    long Id,
    long? RunId,
    string Page,
    string FactId,
    string Change,
    string Kind,
    string Version,
    string Subject,
    string Summary,
    string? PreviousSummary,
    string Source,
    DateTimeOffset SeenAt);

/// <summary>Narrows the history: one page, one run, newest first, at most <see cref="Limit"/> entries.</summary>
public sealed record HistoryFilter(GoVersion? Page = null, long? RunId = null, int Limit = HistoryQuery.MaxLimit, int Offset = 0);

/// <summary>What each ingestion added, changed and withdrew, read back from the history table.</summary>
public sealed class HistoryQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public const int MaxLimit = 10_000;

    public async Task<IReadOnlyList<FactChangeRow>> ListAsync(HistoryFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.FactChanges.AsNoTracking();
        if (filter.Page is { } page)
        {
            var name = page.Line.ToString();
            query = query.Where(c => c.PageVersion == name);
        }
        if (filter.RunId is { } runId) query = query.Where(c => c.RunId == runId);
        var rows = await query.OrderByDescending(c => c.SeenAt).ThenBy(c => c.Id)
            .Skip(Math.Max(filter.Offset, 0)).Take(Math.Clamp(filter.Limit, 1, MaxLimit)).ToListAsync(cancellationToken);
        return rows.Select(ToRow).ToList();
    }

    /// <summary>The changes a run made, or null when there is no such run.</summary>
    public async Task<IReadOnlyList<FactChangeRow>?> ForRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IngestionRuns.AnyAsync(r => r.Id == runId, cancellationToken)) return null;
        var rows = await db.FactChanges.AsNoTracking().Where(c => c.RunId == runId)
            .OrderBy(c => c.PageVersion).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return rows.Select(ToRow).ToList();
    }

    /// <summary>
    /// What changed on a release's page after it was first seen: every entry except those of the first time facts of the
    /// page were stored (which are all "added"). Newest first, with the time it was first seen.
    /// </summary>
    public async Task<PageHistory> SinceFirstSeenAsync(GoVersion page, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = page.Line.ToString();
        var entries = db.FactChanges.AsNoTracking().Where(c => c.PageVersion == name);
        var firstId = await entries.OrderBy(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (firstId is null) return new PageHistory(null, []);
        var first = await entries.Where(c => c.Id == firstId).Select(c => new { c.SeenAt, c.RunId }).SingleAsync(cancellationToken);
        var later = await entries.Where(c => c.SeenAt != first.SeenAt || c.RunId != first.RunId)
            .OrderByDescending(c => c.SeenAt).ThenBy(c => c.Id).Take(MaxLimit).ToListAsync(cancellationToken);
        return new PageHistory(first.SeenAt, later.Select(ToRow).ToList());
    }

    /// <summary>
    /// The newest changes for a feed: every non-feature change on its own, and the feature changes of one page by one
    /// run as one digest per change kind (a first ingestion adds thousands of features). Newest first, at most
    /// <paramref name="limit"/> of each.
    /// </summary>
    public async Task<FeedHistory> FeedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        const string feature = "feature";
        var changes = await db.FactChanges.AsNoTracking().Where(c => c.Kind != feature)
            .OrderByDescending(c => c.SeenAt).ThenBy(c => c.Id).Take(limit).ToListAsync(cancellationToken);
        var digests = await db.FactChanges.AsNoTracking().Where(c => c.Kind == feature)
            .GroupBy(c => new { c.RunId, c.PageVersion, c.SeenAt, c.Change })
            .Select(g => new { g.Key.RunId, g.Key.PageVersion, g.Key.SeenAt, g.Key.Change, Count = g.Count(), FirstId = g.Min(c => c.Id) })
            .OrderByDescending(g => g.SeenAt).ThenBy(g => g.FirstId).Take(limit).ToListAsync(cancellationToken);
        return new FeedHistory(changes.Select(ToRow).ToList(),
            digests.Select(d => new FeatureDigest(d.RunId, d.PageVersion, d.Change, d.Count, d.SeenAt, d.FirstId)).ToList());
    }

    private static FactChangeRow ToRow(FactChangeRecord c) => new(
        c.Id, c.RunId, c.PageVersion, c.FactId, c.Change, c.Kind, c.Version, c.Subject, c.Summary, c.PreviousSummary, c.Source, c.SeenAt);
}

/// <summary>When a page's facts were first stored, and every change to them since.</summary>
public sealed record PageHistory(DateTimeOffset? FirstSeen, IReadOnlyList<FactChangeRow> Changes)
{
    public int Count(string change) => Changes.Count(c => c.Change == change);
}

/// <summary>The feature changes one run made to one page, counted: <see cref="FirstId"/> is the first entry's id.</summary>
public sealed record FeatureDigest(long? RunId, string Page, string Change, int Count, DateTimeOffset SeenAt, long FirstId);

/// <summary>What a feed shows of the history: non-feature changes one by one, feature changes as digests.</summary>
public sealed record FeedHistory(IReadOnlyList<FactChangeRow> Changes, IReadOnlyList<FeatureDigest> FeatureDigests);
