using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Facts;

/// <summary>
/// Re-extracts the facts of every stored notes page that has items but no facts (after a schema change dropped facts
/// of an older shape), from the stored items alone — no fetch, so an offline start loses nothing. Each page is
/// replaced in its own transaction; then the facts are linked across pages again (and linked for the first time in a
/// database from before write-time linking).
/// </summary>
public sealed class StoredFactsRefresher(IDbContextFactory<ChangeTrackerDbContext> dbFactory, FactStore factStore, TimeProvider clock)
{
    public async Task<int> RefreshMissingAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var withFacts = await db.Facts.Select(f => f.PageVersion).Distinct().ToListAsync(cancellationToken);
        var missing = await db.Releases.AsNoTracking()
            .Where(r => r.Items.Any() && !withFacts.Contains(r.Version))
            .Select(r => new { r.Id, r.Version, r.Title, r.NotesUrl }).ToListAsync(cancellationToken);
        foreach (var release in missing)
        {
            var notes = await LoadNotesAsync(db, release.Id, GoVersion.Parse(release.Version), release.Title, cancellationToken);
            var url = Uri.TryCreate(release.NotesUrl, UriKind.Absolute, out var u) ? u : new Uri($"https://go.dev/doc/go{release.Version}");
            var extraction = NotesFactExtraction.Extract(notes, url);
            if (extraction.Error is not null) continue;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await factStore.ReplaceAsync(db, notes.Version, extraction.Facts, new FactChangeStamp(null, clock.GetUtcNow()), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (missing.Count > 0 || await factStore.NeedsRelinkAsync(cancellationToken)) await factStore.RelinkAsync(cancellationToken);
        return missing.Count;
    }

    private static async Task<ReleaseNotes> LoadNotesAsync(ChangeTrackerDbContext db, long releaseId, GoVersion version, string? title, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().Where(s => s.ReleaseId == releaseId).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var items = (await db.Items.AsNoTracking().Where(i => i.ReleaseId == releaseId).OrderBy(i => i.Ordinal).ToListAsync(cancellationToken))
            .ToLookup(i => i.SectionOrdinal);
        return new ReleaseNotes(version, title ?? $"Go {version} Release Notes", sections.Select(s => ToSection(s, items[s.Ordinal])).ToList());
    }

    private static NotesSection ToSection(SectionRecord s, IEnumerable<ItemRecord> items) => new(
        s.Ordinal, s.Anchor, s.Title, s.HeadingPath, s.Level, NotesCategoryNames.FromName(s.Category), s.Component,
        items.Select(i => new NotesItem(i.Ordinal, i.Anchor, NotesCategoryNames.FromName(i.Category), i.Component, i.Text, i.Html)).ToList());
}
