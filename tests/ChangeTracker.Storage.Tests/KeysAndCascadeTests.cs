using ChangeTracker.Storage.Records;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage.Tests;

/// <summary>The unique keys and delete rules the ingestion relies on, enforced by the database itself (on each provider).</summary>
public abstract class KeysAndCascadeTests
{
    protected abstract DatabaseProvider Provider { get; }

    private TestStore NewStore() => new(Provider);

    [DatabaseFact]
    public async Task A_release_version_is_stored_once()
    {
        await using var file = NewStore();
        await using var db = await file.MigratedAsync();
        db.Releases.Add(new ReleaseRecord { Version = "1.12", SortKey = 112 });
        await db.SaveChangesAsync();

        await using var other = file.Open();
        other.Releases.Add(new ReleaseRecord { Version = "1.12", SortKey = 112 });
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [DatabaseFact]
    public async Task A_fact_id_a_source_page_and_a_stored_diff_pair_are_unique()
    {
        await using var file = NewStore();
        await using (var db = await file.MigratedAsync())
        {
            db.Facts.Add(Fact("1.12-darwin-x", 0));
            db.SourceDocuments.Add(new SourceDocumentRecord { Path = "/doc/go1.12", ContentHash = "a" });
            db.StoredDiffs.Add(new StoredDiffRecord { FromVersion = "1.11", ToVersion = "1.12", InputsHash = "h" });
            await db.SaveChangesAsync();
        }

        await AssertRejectedAsync(file, db => db.Facts.Add(Fact("1.12-darwin-x", 1)));
        await AssertRejectedAsync(file, db => db.Facts.Add(Fact("1.12-other", 0))); // same page and ordinal
        await AssertRejectedAsync(file, db => db.SourceDocuments.Add(new SourceDocumentRecord { Path = "/doc/go1.12", ContentHash = "b" }));
        await AssertRejectedAsync(file, db => db.StoredDiffs.Add(new StoredDiffRecord { FromVersion = "1.11", ToVersion = "1.12", InputsHash = "g" }));
    }

    [DatabaseFact]
    public async Task Deleting_a_release_deletes_its_sections_and_items()
    {
        await using var file = NewStore();
        await using var db = await file.MigratedAsync();
        var release = new ReleaseRecord { Version = "1.12", SortKey = 112 };
        release.Sections.Add(new SectionRecord { Ordinal = 0, Anchor = "a", Title = "T", HeadingPath = "T", Category = "tools" });
        release.Items.Add(new ItemRecord { SectionOrdinal = 0, Ordinal = 0, Anchor = "a", Category = "tools", Text = "x", Html = "<p>x</p>" });
        db.Releases.Add(release);
        await db.SaveChangesAsync();

        await db.Releases.Where(r => r.Version == "1.12").ExecuteDeleteAsync();

        Assert.Equal((0, 0), (await db.Sections.CountAsync(), await db.Items.CountAsync()));
    }

    [DatabaseFact]
    public async Task Deleting_a_run_deletes_its_pages_but_keeps_the_history_it_wrote()
    {
        await using var file = NewStore();
        await using var db = await file.MigratedAsync();
        var run = new IngestionRunRecord { Source = "https://go.dev", Trigger = "cli", Outcome = "succeeded" };
        run.Pages.Add(new IngestionPageRecord { Page = "/doc/go1.12", Outcome = "ingested" });
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync();
        db.FactChanges.Add(new FactChangeRecord { RunId = run.Id, PageVersion = "1.12", FactId = "f", Change = "added", Kind = "removal", Version = "1.12" });
        await db.SaveChangesAsync();

        await db.IngestionRuns.Where(r => r.Id == run.Id).ExecuteDeleteAsync();

        Assert.Equal(0, await db.IngestionPages.CountAsync());
        var change = await db.FactChanges.AsNoTracking().SingleAsync();
        Assert.Null(change.RunId);
    }

    [DatabaseFact]
    public async Task Deleting_a_stored_diff_deletes_its_facts_files_and_revisions()
    {
        await using var file = NewStore();
        await using var db = await file.MigratedAsync();
        var diff = new StoredDiffRecord { FromVersion = "1.11", ToVersion = "1.12", InputsHash = "h" };
        diff.Facts.Add(new StoredDiffFactRecord { Section = "facts", Ordinal = 0, Kind = "removal", Version = "1.12" });
        diff.Files.Add(new StoredDiffFileRecord { Os = "linux", Arch = "amd64", Kind = "archive" });
        diff.Revisions.Add(new StoredDiffRevisionRecord { Version = "1.11.1" });
        db.StoredDiffs.Add(diff);
        await db.SaveChangesAsync();

        await db.StoredDiffs.ExecuteDeleteAsync();

        Assert.Equal((0, 0, 0), (await db.StoredDiffFacts.CountAsync(), await db.StoredDiffFiles.CountAsync(), await db.StoredDiffRevisions.CountAsync()));
    }

    private static FactRecord Fact(string id, int ordinal) => new()
    {
        PageVersion = "1.12", Ordinal = ordinal, FactId = id, Kind = "removal", Version = "1.12", VersionSortKey = 112, Subject = "s",
    };

    private static async Task AssertRejectedAsync(TestStore file, Action<ChangeTrackerDbContext> add)
    {
        await using var db = file.Open();
        add(db);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public sealed class KeysAndCascadeOnSqliteTests : KeysAndCascadeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class KeysAndCascadeOnPostgreSqlTests : KeysAndCascadeTests, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
