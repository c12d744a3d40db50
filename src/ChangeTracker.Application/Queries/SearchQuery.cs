using System.Net;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Queries;

/// <summary>A search hit: the item, its release and anchor, and a snippet with the matches marked.</summary>
public sealed record SearchHit(string Version, string Anchor, string? Component, string Category, string Snippet, double Rank, string? NotesUrl)
{
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    /// <summary>The snippet as safe HTML: every character encoded, matches wrapped in &lt;mark&gt;.</summary>
    public string SnippetHtml => WebUtility.HtmlEncode(Snippet).Replace(MatchStart.ToString(), "<mark>").Replace(MatchEnd.ToString(), "</mark>");

    public string PlainSnippet => Snippet.Replace(MatchStart.ToString(), "").Replace(MatchEnd.ToString(), "");

    public string? Link => NotesUrl is null ? null : $"{NotesUrl}#{Anchor}";
}

/// <summary>Full-text search over every stored notes item (SQLite FTS5, ranked by bm25).</summary>
public sealed class SearchQuery(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public const int MaxQueryLength = 200;

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken) =>
        SearchAsync(query, 0, limit, cancellationToken);

    /// <summary>The hits best first, skipping the best <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken)
    {
        var match = ToMatchExpression(query);
        if (match is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r."Version", i."Anchor", i."Component", i."Category",
                   snippet("ItemsSearch", 0, char(2), char(3), '…', 24), bm25("ItemsSearch"), r."NotesUrl"
            FROM "ItemsSearch"
            JOIN "Items" i ON i."Id" = "ItemsSearch".rowid
            JOIN "Releases" r ON r."Id" = i."ReleaseId"
            WHERE "ItemsSearch" MATCH $match
            ORDER BY bm25("ItemsSearch"), r."SortKey" DESC, i."Id"
            LIMIT $limit OFFSET $offset
            """;
        AddParameter(command, "$match", match);
        AddParameter(command, "$limit", Math.Clamp(limit, 1, 1000));
        AddParameter(command, "$offset", Math.Max(offset, 0));
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        return hits;
    }

    /// <summary>
    /// Turns what a person typed into an FTS5 expression that cannot be a syntax error: each word becomes a
    /// quoted term (so "TLS 1.3" finds items with both "TLS" and the phrase "1 3"); null when nothing is left.
    /// </summary>
    public static string? ToMatchExpression(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(c => char.IsLetterOrDigit(c) || c is '.' or '/' or '_' or '-').ToArray()))
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Select(t => "\"" + t.Replace("\"", "") + "\"")
            .ToList();
        return terms.Count == 0 ? null : string.Join(" ", terms);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
