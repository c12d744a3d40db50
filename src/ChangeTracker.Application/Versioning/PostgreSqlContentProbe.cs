using ChangeTracker.Storage;

namespace ChangeTracker.Application.Versioning;

/// <summary>
/// On PostgreSQL, where a worker process on another machine may write: one round trip that reads, in a single
/// statement (one snapshot), a hash of every stored page's path and content hash, the newest page fetch, the newest
/// fact-history row and the count of reported sizes — everything <see cref="DataVersionQuery"/> derives the version from.
/// </summary>
internal sealed class PostgreSqlContentProbe(DatabaseTarget target) : ChangeProbe
{
    private const string Sql = """
        SELECT concat_ws('|',
          (SELECT md5(coalesce(string_agg("Path" || '=' || "ContentHash", E'\n' ORDER BY "Path" COLLATE "C"), '')) FROM "SourceDocuments"),
          (SELECT max("FetchedAt") FROM "SourceDocuments"),
          (SELECT max("Id") FROM "FactChanges"),
          (SELECT count(*) FROM "ReportedSizes"))
        """;

    public override async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
        await using var command = PlainReads.Command(connection, Sql);
        return (string)(await command.ExecuteScalarAsync(cancellationToken) ?? "");
    }
}
