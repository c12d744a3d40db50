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
}
