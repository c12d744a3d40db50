using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// <see cref="SearchQuery"/> on PostgreSQL: the same words as the FTS5 expression, all required, matched against the
/// items' tsvector (GIN index), ranked by ts_rank_cd (negated, so that lower is better as with bm25), with a headline
/// whose matches are marked as <see cref="SearchHit"/> expects.
/// </summary>
internal static class PostgreSqlNotesSearch
{
    private static readonly string HeadlineOptions =
        $"StartSel={SearchHit.MatchStart}, StopSel={SearchHit.MatchEnd}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(ChangeTrackerDbContext db, string matchExpression, int limit, CancellationToken cancellationToken)
    {
        var words = matchExpression.Replace("\"", "");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT r."Version", i."Anchor", i."Component", i."Category",
                   ts_headline('english', i."Text", q, @options), -ts_rank_cd(i."SearchVector", q)::float8, r."NotesUrl"
            FROM "Items" i
            JOIN "Releases" r ON r."Id" = i."ReleaseId",
                 plainto_tsquery('english', @words) q
            WHERE i."SearchVector" @@ q
            ORDER BY 6, r."SortKey" DESC
            LIMIT @limit
            """, connection);
        command.Parameters.AddWithValue("options", HeadlineOptions);
        command.Parameters.AddWithValue("words", words);
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 200));
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        return hits;
    }
}
