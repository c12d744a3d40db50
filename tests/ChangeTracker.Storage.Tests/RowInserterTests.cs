using ChangeTracker.Storage.Records;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Storage.Tests;

/// <summary>Rows written by <see cref="RowInserter"/> read back exactly as rows written by SaveChanges (on each provider).</summary>
public abstract class RowInserterTests
{
    protected abstract DatabaseProvider Provider { get; }

    [DatabaseFact]
    public async Task Inserted_rows_read_back_like_rows_saved_through_ef()
    {
        await using var store = new TestStore(Provider);
        long viaEf, viaInserter;
        await using (var db = await store.MigratedAsync())
        {
            var ef = new StoredDiffRecord { FromVersion = "1.39", ToVersion = "1.40", InputsHash = "a", ComputedAt = Noon };
            ef.Facts.AddRange(Facts());
            ef.Revisions.AddRange(Revisions());
            ef.Files.AddRange(Files());
            db.StoredDiffs.Add(ef);
            await db.SaveChangesAsync();
            viaEf = ef.Id;

            await using var transaction = await db.Database.BeginTransactionAsync();
            var bulk = new StoredDiffRecord { FromVersion = "1.40", ToVersion = "1.41", InputsHash = "b", ComputedAt = Noon };
            db.StoredDiffs.Add(bulk);
            await db.SaveChangesAsync();
            viaInserter = bulk.Id;
            Assert.Equal(2, await db.InsertAsync(Facts().Select(f => { f.DiffId = bulk.Id; return f; }).ToList(), default));
            Assert.Equal(2, await db.InsertAsync(Revisions().Select(r => { r.DiffId = bulk.Id; return r; }).ToList(), default));
            Assert.Equal(1, await db.InsertAsync(Files().Select(f => { f.DiffId = bulk.Id; return f; }).ToList(), default));
            Assert.Equal(0, await db.InsertAsync(new List<StoredDiffFileRecord>(), default));
            await transaction.CommitAsync();
        }

        await using var read = store.Open();
        Assert.Equal(await ShapeAsync(read, viaEf), await ShapeAsync(read, viaInserter));
        Assert.Equal(5, (await ShapeAsync(read, viaInserter)).Count);
    }

    [DatabaseFact]
    public async Task Rows_inserted_in_a_transaction_that_rolls_back_are_gone()
    {
        await using var store = new TestStore(Provider);
        await using var db = await store.MigratedAsync();
        var diff = new StoredDiffRecord { FromVersion = "1.39", ToVersion = "1.40", InputsHash = "a" };
        db.StoredDiffs.Add(diff);
        await db.SaveChangesAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.InsertAsync(Facts().Select(f => { f.DiffId = diff.Id; return f; }).ToList(), default);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.StoredDiffFacts.CountAsync());
    }

    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every column of the diff's child rows but ids, as text, in a fixed order.</summary>
    private static async Task<List<string>> ShapeAsync(ChangeTrackerDbContext db, long diffId)
    {
        var facts = await db.StoredDiffFacts.AsNoTracking().Where(f => f.DiffId == diffId).OrderBy(f => f.Ordinal).ToListAsync();
        var revisions = await db.StoredDiffRevisions.AsNoTracking().Where(r => r.DiffId == diffId).OrderBy(r => r.Version).ToListAsync();
        var files = await db.StoredDiffFiles.AsNoTracking().Where(f => f.DiffId == diffId).ToListAsync();
        return
        [
            .. facts.Select(f => string.Join('|', f.Section, f.Ordinal, f.PageVersion, f.Kind, f.Version, f.LastVersion, f.Subject, f.Os, f.OsVersion,
                f.Port, f.Experimental, f.Summary, f.Evidence, f.Rule, f.FactId, f.Minimum, f.Godebug, f.Symbols, f.Breaking, f.Tentative, f.Status, f.ResolvedIn)),
            .. revisions.Select(r => string.Join('|', r.Version, r.Date, r.Security, r.ShouldNotBeUsed)),
            .. files.Select(f => string.Join('|', f.Os, f.Arch, f.Kind, f.FromFile, f.FromBytes, f.ToFile, f.ToBytes, f.DeltaBytes)),
        ];
    }

    private static List<StoredDiffFactRecord> Facts() =>
    [
        new() { Section = "facts", Ordinal = 0, Kind = "removal", Version = "1.40", Subject = "frob tool", Summary = "The frob tool is gone.",
            Evidence = "Ünïcode, 'quotes' and \"doubles\"; a NUL-free line.", Rule = "removal-is-gone", FactId = "1.40-frob", Breaking = true, Symbols = "frob.Old" },
        new() { Section = "comingNext", Ordinal = 1, Kind = "os_support_ended", Version = "1.41", Os = "plan9", OsVersion = "4", Subject = "Plan 9",
            Summary = "Plan 9 support may end.", Tentative = true, Status = "pending", Experimental = true, PageVersion = "1.40" },
    ];

    private static List<StoredDiffRevisionRecord> Revisions() =>
    [
        new() { Version = "1.39.1", Date = new DateOnly(2026, 1, 2), Security = true },
        new() { Version = "1.39.2", Date = null, ShouldNotBeUsed = true },
    ];

    private static List<StoredDiffFileRecord> Files() =>
        [new() { Os = "linux", Arch = "amd64", Kind = "archive", FromFile = "go1.39.linux-amd64.tar.gz", FromBytes = 100, ToFile = null, ToBytes = null, DeltaBytes = -100 }];
}

public sealed class RowInserterOnSqliteTests : RowInserterTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class RowInserterOnPostgreSqlTests : RowInserterTests, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
