using ChangeTracker.Application.Queries;

namespace ChangeTracker.Web.Api.Contracts;

/// <summary>GET /api/search: a hit with its plain-text snippet and a link to the notes item.</summary>
public sealed record SearchHitJson(string Version, string Anchor, string? Component, string Category, string Snippet, string? Link, double Rank)
{
    public static SearchHitJson From(SearchHit h) =>
        new(h.Version, h.Anchor, h.Component, h.Category, h.PlainSnippet, h.Link, h.Rank);
}
