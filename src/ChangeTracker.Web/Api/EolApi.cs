using System.Text.Json;
using ChangeTracker.Application.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

/// <summary>
/// One release cycle in the shape of endoflife.date's product API: <c>eol</c> is the end-of-life date, or false while
/// the cycle is supported; Go has no long-term-support releases.
/// </summary>
public sealed record EolCycleJson(string Cycle, string? ReleaseDate, JsonElement Eol, string Latest, string? LatestReleaseDate, bool Lts);

/// <summary>GET /api/eol/go.json: every stored release, newest first, derived from the stored release history.</summary>
internal static class EolApi
{
    private static readonly JsonElement NotYet = JsonSerializer.SerializeToElement(false);

    public static async Task<JsonHttpResult<IReadOnlyList<EolCycleJson>>> GetAsync(VersionsQuery versions, CancellationToken cancellationToken)
    {
        var rows = await versions.ListAsync(cancellationToken);
        IReadOnlyList<EolCycleJson> cycles = rows.Where(r => r.ReleaseDate is not null).Reverse().Select(r => new EolCycleJson(
            r.Version,
            Date(r.ReleaseDate),
            r.Eol is { } eol ? JsonSerializer.SerializeToElement(Date(eol)) : NotYet,
            r.LatestRevision,
            Date(r.LatestRevisionDate),
            Lts: false)).ToList();
        return TypedResults.Json(cycles, EolJson.Options);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

internal static class EolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
