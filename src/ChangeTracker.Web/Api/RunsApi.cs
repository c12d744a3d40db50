using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class RunsApi
{
    public const int DefaultCount = 10;
    public const int MaxCount = 500;

    public static async Task<Results<JsonHttpResult<IReadOnlyList<RunRow>>, ValidationProblem>> ListAsync(
        [Description("How many runs (1-500, default 10)")] string? count,
        RunsQuery runs,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.TryCount("count", count, DefaultCount, 1, MaxCount, out var n, out var problem)) return problem;
        return TypedResults.Json(await runs.LatestAsync(n, cancellationToken), ContractJson.Options);
    }
}
