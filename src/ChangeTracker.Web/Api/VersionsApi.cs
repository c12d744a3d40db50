using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class VersionsApi
{
    public static async Task<JsonHttpResult<IReadOnlyList<VersionRow>>> ListAsync(VersionsQuery versions, CancellationToken cancellationToken) =>
        TypedResults.Json(await versions.ListAsync(cancellationToken), ContractJson.Options);

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
