using System.Data.Common;
using Npgsql;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// <see cref="SearchQuery"/> on PostgreSQL: each word a <c>plainto_tsquery</c> (English stemming), all of them or any,
/// matched against the items' stored tsvector (GIN index; heading and component weighted above the text), ranked
/// by ts_rank_cd with the same adjustments as on SQLite (short fragments and lone code blocks weigh less), negated so
/// that lower is better as with bm25; the headline marks matches as <see cref="SearchHit"/> expects.
/// </summary>
internal static class PostgreSqlNotesSearch
{
    private static readonly string HeadlineOptions =
        $"StartSel={SearchHit.MatchStart}, StopSel={SearchHit.MatchEnd}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

    public static async Task<List<SearchHit>> RunAsync(DbConnection connection, SearchTerms terms, bool any, int limit, CancellationToken cancellationToken)
    {
        var words = terms.Words.Select((w, i) => $"plainto_tsquery('english', @w{i})");
        var query = string.Join(any ? " || " : " && ", words);
        await using var command = new NpgsqlCommand($"""
            SELECT i."Id", r."Version", i."Anchor", i."Component", i."Category",
                   ts_headline('english', i."Text", q, @options),
                   (-ts_rank_cd(i."SearchVector", q)
                     * (CASE WHEN i."Html" LIKE '<pre%' THEN 0.5 ELSE 1.0 END)
                     * least(1.0, greatest(0.3, length(i."Text") / 80.0)))::float8 AS "Score",
                   r."NotesUrl"
            FROM "Items" i
            JOIN "Releases" r ON r."Id" = i."ReleaseId"
            CROSS JOIN (SELECT {query} AS q) AS words
            WHERE i."SearchVector" @@ q
            ORDER BY "Score", r."SortKey" DESC, i."Id"
            LIMIT @limit
            """, (NpgsqlConnection)connection);
        for (var i = 0; i < terms.Words.Count; i++) command.Parameters.AddWithValue($"w{i}", terms.Words[i].TrimStart('-'));
        command.Parameters.AddWithValue("options", HeadlineOptions);
        command.Parameters.AddWithValue("limit", limit);
        return await SearchHit.ReadAllAsync(command, cancellationToken);
    }
}
