using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Web.Api.Contracts;

/// <summary>GET /api/versions/{v}: <see cref="ReleaseDetail"/> with versions as strings and facts in the facts contract.</summary>
public sealed record ReleaseJson(
    string Version,
    DateOnly? ReleaseDate,
    bool Supported,
    string? NotesUrl,
    string? Title,
    DateTimeOffset? IngestedAt,
    int Items,
    IReadOnlyList<FactDto> Facts,
    IReadOnlyList<FactDto> AnnouncedForLater,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<DownloadRow> Downloads)
{
    public static ReleaseJson From(ReleaseDetail d) => new(
        d.Version.ToString(), d.ReleaseDate, d.Supported, d.NotesUrl, d.Title, d.IngestedAt, d.Items,
        d.Facts.Select(FactDto.From).ToList(),
        d.AnnouncedForLater.Select(FactDto.From).ToList(),
        d.Revisions,
        d.Downloads);
}
