using System.Data.Common;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// One stored major release with what is known about it. <see cref="Revisions"/> counts every revision the
/// history lists; <see cref="LatestRevision"/> follows <see cref="LatestRelease"/> and <see cref="LatestRevisionDate"/> is
/// when it shipped; <see cref="Eol"/> is the day Go 1.N+2 shipped (<see cref="SupportPolicy"/>), null while supported.
/// </summary>
public sealed record VersionRow(
    string Version,
    DateOnly? ReleaseDate,
    string? NotesUrl,
    DateTimeOffset? IngestedAt,
    int Items,
    int Facts,
    int Revisions,
    string LatestRevision,
    DateOnly? LatestRevisionDate,
    DateOnly? Eol);

/// <summary>
/// The stored major releases for the CLI's `versions`, the API and the pages alike. Its three reads go over a plain
/// connection in one round trip (<see cref="PlainReads"/>): a `versions` command then starts no EF Core at all.
/// </summary>
public sealed class VersionsQuery(DatabaseTarget target)
{
    private const string Sql = """
        SELECT r."Version", r."ReleaseDate", r."NotesUrl", r."IngestedAt", (SELECT COUNT(*) FROM "Items" i WHERE i."ReleaseId" = r."Id")
        FROM "Releases" r ORDER BY r."SortKey";
        SELECT "PageVersion", COUNT(*) FROM "Facts" GROUP BY "PageVersion";
        """ + RevisionsSql;

    private const string RevisionsSql = """SELECT "Version", "ShouldNotBeUsed", "Date" FROM "Revisions";""";

    private sealed record ReleaseRow(string Version, DateOnly? ReleaseDate, string? NotesUrl, DateTimeOffset? IngestedAt, int Items);

    public async Task<IReadOnlyList<VersionRow>> ListAsync(CancellationToken cancellationToken)
    {
        var releases = new List<ReleaseRow>();
        var facts = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<RevisionRow> revisionRows;
        await using (var connection = await PlainReads.OpenAsync(target, cancellationToken))
        await using (var command = PlainReads.Command(connection, Sql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                releases.Add(new ReleaseRow(reader.GetString(0), PlainReads.DateOnlyOrNull(reader, 1), PlainReads.StringOrNull(reader, 2),
                    PlainReads.StoredDateTimeOffset(reader, 3), Convert.ToInt32(reader.GetInt64(4))));
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                facts[reader.GetString(0)] = Convert.ToInt32(reader.GetInt64(1));
            await reader.NextResultAsync(cancellationToken);
            revisionRows = await RevisionRowsAsync(reader, cancellationToken);
        }
        var revisions = ByLine(revisionRows);
        var dateOf = revisionRows.GroupBy(r => r.Version).ToDictionary(g => g.Key, g => g.First().Date);
        var releaseDates = releases.GroupBy(r => GoVersion.Parse(r.Version).Line).ToDictionary(g => g.Key, g => g.First().ReleaseDate);
        return releases.Select(r =>
        {
            var line = GoVersion.Parse(r.Version).Line;
            var latest = LatestRelease.Of(line, revisions[line]);
            var latestDate = dateOf.TryGetValue(latest, out var date) && date is not null ? date
                : latest == line.FirstRelease ? r.ReleaseDate : null;
            return new VersionRow(
                r.Version, r.ReleaseDate, r.NotesUrl, r.IngestedAt, r.Items,
                facts.GetValueOrDefault(r.Version),
                revisions[line].Count(),
                latest.ToString(),
                latestDate,
                SupportPolicy.EndOfLife(line, releaseDates));
        }).ToList();
    }

    /// <summary>Every stored revision's version and flag, by major line: what <see cref="LatestRelease"/> decides from.</summary>
    internal static async Task<ILookup<GoVersion, (GoVersion Version, bool ShouldNotBeUsed)>> RevisionsByLineAsync(
        DatabaseTarget target, CancellationToken cancellationToken)
    {
        await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
        await using var command = PlainReads.Command(connection, RevisionsSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return ByLine(await RevisionRowsAsync(reader, cancellationToken));
    }

    private sealed record RevisionRow(GoVersion Version, bool ShouldNotBeUsed, DateOnly? Date);

    /// <summary>The rows of <see cref="RevisionsSql"/>.</summary>
    private static async Task<IReadOnlyList<RevisionRow>> RevisionRowsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<RevisionRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new RevisionRow(GoVersion.Parse(reader.GetString(0)), reader.GetBoolean(1), PlainReads.DateOnlyOrNull(reader, 2)));
        return rows;
    }

    private static ILookup<GoVersion, (GoVersion Version, bool ShouldNotBeUsed)> ByLine(IEnumerable<RevisionRow> rows) =>
        rows.Select(r => (r.Version, r.ShouldNotBeUsed)).ToLookup(r => r.Version.Line);
}
