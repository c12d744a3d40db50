using System.Security.Cryptography;
using System.Text;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Versioning;

/// <summary>
/// Derives the data version from what the ingestion already keeps: the content hash of every stored source page (a page
/// is stored only when its content changed), the newest entry of the fact history (a re-extraction that changed facts
/// adds one) and the seed's reported sizes. An unchanged re-ingest — even a forced one — leaves all three as they were.
/// Every request asks, so a CLI ingestion into the same file (or a worker on PostgreSQL) is seen on the next one: a
/// <see cref="ChangeProbe"/> tells cheaply whether anything was committed since the version was last derived, and only
/// then is it derived again (one request at a time; the others wait for it).
/// </summary>
public sealed class DataVersionQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory, DatabaseTarget target) : IDisposable
{
    private readonly ChangeProbe _probe = ChangeProbe.For(target);
    private readonly SemaphoreSlim _deriving = new(1, 1);
    private volatile Derived? _derived;

    private sealed record Derived(string Reading, DataVersion Version);

    public async Task<DataVersion> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_derived is { } known && known.Reading == await _probe.ReadAsync(cancellationToken)) return known.Version;
        await _deriving.WaitAsync(cancellationToken);
        try
        {
            var reading = await _probe.ReadAsync(cancellationToken); // before deriving: a commit after it changes the next reading
            if (_derived is { } done && done.Reading == reading) return done.Version;
            var version = await DeriveAsync(cancellationToken);
            _derived = new Derived(reading, version);
            return version;
        }
        finally
        {
            _deriving.Release();
        }
    }

    private async Task<DataVersion> DeriveAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.SourceDocuments.AsNoTracking()
            .Select(d => new { d.Path, d.ContentHash, d.FetchedAt }).ToListAsync(cancellationToken);
        var lastChange = await db.FactChanges.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new { c.Id, c.SeenAt }).FirstOrDefaultAsync(cancellationToken);
        var reported = await db.ReportedSizes.CountAsync(cancellationToken);

        var text = new StringBuilder();
        foreach (var d in documents.OrderBy(d => d.Path, StringComparer.Ordinal)) text.Append(d.Path).Append('=').Append(d.ContentHash).Append('\n');
        text.Append("history=").Append(lastChange?.Id ?? 0).Append("\nreported=").Append(reported);

        DateTimeOffset? changedAt = documents.Count == 0 ? null : documents.Max(d => d.FetchedAt);
        if (lastChange is not null && (changedAt is null || lastChange.SeenAt > changedAt)) changedAt = lastChange.SeenAt;
        return new DataVersion(Digest(text.ToString()), changedAt);
    }

    public async Task<RunsVersion> RunsAsync(CancellationToken cancellationToken)
    {
        var data = await CurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.IngestionRuns.AsNoTracking().GroupBy(r => r.Outcome)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(r => r.Id) }).ToListAsync(cancellationToken);
        var pages = await db.IngestionPages.AsNoTracking().GroupBy(p => p.Outcome)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var lastStart = await db.IngestionRuns.AsNoTracking().OrderByDescending(r => r.Id).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var lastEnd = await db.IngestionRuns.AsNoTracking().Where(r => r.FinishedAt != null).OrderByDescending(r => r.Id)
            .Select(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        var state = string.Join(";", runs.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Count}/{r.Last}"))
            + "|" + string.Join(";", pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Count}"));
        var tag = Digest($"{data.Tag}\n{state}\nend={lastEnd?.UtcTicks}");
        var changedAt = new[] { data.ChangedAt, lastStart, lastEnd }.Max();
        return new RunsVersion(tag, changedAt);
    }

    private static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];

    public void Dispose()
    {
        _probe.Dispose();
        _deriving.Dispose();
    }
}
