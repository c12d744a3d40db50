using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Versioning;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class VersionsApi
{
    public static readonly PageLimits Limits = new(100, 1000);

    public static async Task<Results<JsonHttpResult<PageJson<VersionRow>>, ValidationProblem>> ListAsync(
        [Description("Releases per page (1-1000, default 100)")] string? limit,
        [Description("Where the page starts: the cursor of the previous page's next link")] string? cursor,
        HttpContext http,
        VersionsQuery versions,
        DataVersionQuery data,
        CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(limit, cursor, Limits, (await data.CurrentAsync(cancellationToken)).Tag, out var page, out var problem)) return problem;
        return Paging.Slice(http, page, await versions.ListAsync(cancellationToken));
    }

    public static async Task<Results<JsonHttpResult<ReleaseJson>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("A Go version: go1.12, 1.12, 1.12.5 or 1.21.0")] string v,
        ReleaseQuery releases,
        KnownVersionsQuery versions,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.TryVersion("v", v, out var version, out var invalid)) return invalid;
        var detail = await releases.FindAsync(version, cancellationToken);
        if (detail is null)
            return await ApiArguments.RequireStoredAsync("v", version, versions, cancellationToken)
                   ?? Problems.NotFound("v", $"v={v}: Go {version.Line} is known but its notes are not stored.");
        return TypedResults.Json(ReleaseJson.From(detail), ContractJson.Options);
    }
}
