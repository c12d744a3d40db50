using System.Data.Common;
using System.Net;

namespace ChangeTracker.Application.Queries;

/// <summary>A search hit: the item, its release and anchor, and a snippet with the matches marked.</summary>
public sealed record SearchHit(long ItemId, string Version, string Anchor, string? Component, string Category, string Snippet, double Rank, string? NotesUrl)
{
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    /// <summary>The snippet as safe HTML: every character encoded, matches wrapped in &lt;mark&gt;.</summary>
    public string SnippetHtml => WebUtility.HtmlEncode(Snippet).Replace(MatchStart.ToString(), "<mark>").Replace(MatchEnd.ToString(), "</mark>");

    public string PlainSnippet => Snippet.Replace(MatchStart.ToString(), "").Replace(MatchEnd.ToString(), "");

    public string? Link => NotesUrl is null ? null : $"{NotesUrl}#{Anchor}";

    /// <summary>
    /// The hits a search command returns, whatever the engine: its columns are item id, version, anchor, component,
    /// category, snippet, score and notes URL, in that order.
    /// </summary>
    public static async Task<List<SearchHit>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        return hits;
    }
}
