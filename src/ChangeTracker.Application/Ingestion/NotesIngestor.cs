using System.Diagnostics;
using ChangeTracker.Application.Facts;
using ChangeTracker.Application.TestHooks;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Parsing;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// Ingests one release-notes page: fetch (skip if unchanged), parse, extract facts, and replace the
/// version's sections, items and facts in one transaction — whole, or not at all — with what the run changed in its facts.
/// </summary>
public sealed class NotesIngestor(
    IDbContextFactory<ChangeTrackerDbContext> dbFactory,
    PageFetcher fetcher,
    FactStore factStore,
    StoreGate gate,
    MarkupBudget budget,
    TimeProvider clock)
{
    public static SourcePath PathFor(GoVersion version) => SourcePath.ReleaseNotes("go" + version.Line);

    public async Task<PageReport> IngestAsync(IReleaseSource source, GoVersion version, bool force, long runId, CancellationToken cancellationToken)
    {
        var line = version.Line;
        var path = PathFor(line);
        var watch = Stopwatch.StartNew();
        var page = await fetcher.FetchAsync(source, path, force, cancellationToken);
        if (page.Outcome != PageOutcome.Ingested)
            return new PageReport(path.Value, line.ToString(), page.Outcome, page.Error, 0, watch.Elapsed);

        var parsed = ReleaseNotesParser.Parse(page.Body!, line, budget);
        if (parsed.Value is not { } notes)
            return Failed(path, line, $"{path}: {parsed.Error}", watch);

        var url = source.PublicUrl(path);
        var facts = NotesFactExtraction.Extract(notes, url);
        if (facts.Error is { } factError)
            return Failed(path, line, $"{path}: {factError}", watch);

        var rows = await gate.RunAsync(() => StoreAsync(page, notes, url, facts.Facts, runId, cancellationToken), cancellationToken);
        var warnings = parsed.Warnings.Count == 0 ? null : string.Join("; ", parsed.Warnings);
        return new PageReport(path.Value, line.ToString(), PageOutcome.Ingested, warnings, rows, watch.Elapsed);
    }

    private static PageReport Failed(SourcePath path, GoVersion line, string message, Stopwatch watch) =>
        new(path.Value, line.ToString(), PageOutcome.Failed, message, 0, watch.Elapsed);

    private async Task<int> StoreAsync(FetchedPage page, ReleaseNotes notes, Uri url, IReadOnlyList<Domain.Facts.Fact> facts, long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockAsync(WriteLocks.Store, cancellationToken);
        var release = await ReleaseRows.GetOrAddAsync(db, notes.Version, cancellationToken);
        await db.Items.Where(i => i.ReleaseId == release.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Sections.Where(s => s.ReleaseId == release.Id).ExecuteDeleteAsync(cancellationToken);

        release.Title = notes.Title;
        release.NotesUrl = url.ToString();
        release.ContentHash = page.Hash;
        release.IngestedAt = clock.GetUtcNow();
        db.Sections.AddRange(notes.Sections.Select(s => ToRecord(release.Id, s)));
        db.Items.AddRange(notes.Sections.SelectMany(s => s.Items.Select(i => ToRecord(release.Id, s, i))));
        await SourceDocuments.RememberAsync(db, page, clock.GetUtcNow(), cancellationToken);
        var factRows = await factStore.ReplaceAsync(db, notes.Version, facts, new FactChangeStamp(runId, clock.GetUtcNow()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        CrashTestHook.Reach(CrashTestHook.NotesTransaction);
        await transaction.CommitAsync(cancellationToken);
        return notes.Sections.Count + notes.Sections.Sum(s => s.Items.Count) + factRows;
    }

    private static SectionRecord ToRecord(long releaseId, NotesSection s) => new()
    {
        ReleaseId = releaseId,
        Ordinal = s.Ordinal,
        Anchor = s.Anchor,
        Title = s.Title,
        HeadingPath = s.HeadingPath,
        Level = s.Level,
        Category = s.Category.ToName(),
        Component = s.Component,
    };

    private static ItemRecord ToRecord(long releaseId, NotesSection s, NotesItem i) => new()
    {
        ReleaseId = releaseId,
        SectionOrdinal = s.Ordinal,
        Ordinal = i.Ordinal,
        Anchor = i.Anchor,
        Category = i.Category.ToName(),
        Component = i.Component,
        Heading = s.Title,
        Text = i.Text,
        Html = i.Html,
    };
}
