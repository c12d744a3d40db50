using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Tests.Support;

/// <summary>
/// Stores a small invented history straight into the database: 1.7 with 1.7.1 and 1.7.2 flagged not to be used
/// (its newest), 1.20 and 1.27 without minor revisions, 1.26 with 1.26.1.
/// </summary>
internal static class RevisionRows
{
    /// <summary>When 1.7's notes were ingested (the other lines have no time).</summary>
    public static readonly DateTimeOffset IngestedAt = new(2026, 12, 1, 9, 30, 15, TimeSpan.FromHours(2));

    public static async Task AddAsync(ChangeTrackerDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (line, date) in new[] { ("1.7", "2016-08-15"), ("1.20", "2023-02-01"), ("1.26", "2026-02-10"), ("1.27", "2026-08-11") })
        {
            var version = GoVersion.Parse(line);
            db.Releases.Add(new ReleaseRecord
            {
                Version = version.ToString(), SortKey = version.SortKey, ReleaseDate = DateOnly.Parse(date), ContentHash = "hash-" + line,
                NotesUrl = line == "1.7" ? "https://go.dev/doc/go1.7" : null, IngestedAt = line == "1.7" ? IngestedAt : null,
            });
        }
        db.Revisions.AddRange(
            Revision("1.7.1", new DateOnly(2016, 9, 7), shouldNotBeUsed: false),
            Revision("1.7.2", null, shouldNotBeUsed: true),
            Revision("1.26.1", new DateOnly(2026, 3, 5), shouldNotBeUsed: false));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static RevisionRecord Revision(string text, DateOnly? date, bool shouldNotBeUsed)
    {
        var version = GoVersion.Parse(text);
        return new RevisionRecord
        {
            Version = version.ToString(),
            Line = version.Line.ToString(),
            SortKey = version.SortKey,
            Date = date,
            Summary = shouldNotBeUsed ? "should not be used: tagged by mistake." : "includes fixes to the runtime.",
            ShouldNotBeUsed = shouldNotBeUsed,
            Components = shouldNotBeUsed ? [] : [new RevisionComponentRecord { Name = "runtime" }],
        };
    }
}
