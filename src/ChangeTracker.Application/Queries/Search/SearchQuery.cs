using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// Full-text search over every stored notes item (SQLite FTS5 with porter stemming, or PostgreSQL's own through
/// <see cref="PostgreSqlNotesSearch"/>), ranked by BM25 with a match in
/// the item's component or section heading weighing more than one in its text. Items holding every word come
/// first; when they are fewer than asked for, items holding some of the words follow.
/// </summary>
public sealed class SearchQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public const int MaxQueryLength = SearchTerms.MaxQueryLength;

    /// <summary>Weights of the index columns Text, Component and Heading in BM25.</summary>
    public const string ColumnWeights = "1.0, 4.0, 3.0";

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken) =>
        SearchAsync(query, 0, limit, cancellationToken);

    /// <summary>The hits best first, skipping the best <paramref name="offset"/> (a page of the whole ranking).</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken)
    {
        offset = Math.Max(offset, 0);
        var page = await RankAsync(query, offset + Math.Clamp(limit, 1, 1000), cancellationToken);
        return page.Skip(offset).ToList();
    }

    private async Task<List<SearchHit>> RankAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query);
        if (terms is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var postgres = db.Database.IsNpgsql();
        Task<List<SearchHit>> Run(bool any) => postgres
            ? PostgreSqlNotesSearch.RunAsync(connection, terms, any, limit, cancellationToken)
            : RunAsync(connection, any ? terms.AnyOf : terms.AllOf, limit, cancellationToken);
        var hits = await Run(any: false);
        if (hits.Count < limit && terms.Words.Count > 1)
        {
            var seen = hits.Select(h => h.ItemId).ToHashSet();
            var some = await Run(any: true);
            hits.AddRange(some.Where(h => seen.Add(h.ItemId)).Take(limit - hits.Count));
        }
        return hits;
    }

    private static async Task<List<SearchHit>> RunAsync(System.Data.Common.DbConnection connection, string match, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // FTS5's bm25 normalises by the whole row, so a one-line list entry under a matching heading would outrank
        // the paragraph that explains the change: an item's score grows with its text up to 80 characters (from
        // 30% of it), and a code block alone counts half.
        command.CommandText = $"""
            SELECT i."Id", r."Version", i."Anchor", i."Component", i."Category",
                   snippet("ItemsSearch", 0, char(2), char(3), '…', 24),
                   bm25("ItemsSearch", {ColumnWeights})
                     * (CASE WHEN i."Html" LIKE '<pre%' THEN 0.5 ELSE 1.0 END)
                     * min(1.0, max(0.3, length(i."Text") / 80.0)) AS "Score",
                   r."NotesUrl"
            FROM "ItemsSearch"
            JOIN "Items" i ON i."Id" = "ItemsSearch".rowid
            JOIN "Releases" r ON r."Id" = i."ReleaseId"
            WHERE "ItemsSearch" MATCH $match
            ORDER BY "Score", r."SortKey" DESC, i."Id"
            LIMIT $limit
            """;
        AddParameter(command, "$match", match);
        AddParameter(command, "$limit", limit);
        return await SearchHit.ReadAllAsync(command, cancellationToken);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
