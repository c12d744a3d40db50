using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class RunsApi
{
    public static readonly PageLimits Limits = new(10, 500);

    public static async Task<Results<JsonHttpResult<PageJson<RunRow>>, ValidationProblem>> ListAsync(
        [Description("Runs per page, newest first (1-500, default 10)")] string? limit,
        [Description("Where the page starts: the cursor of the previous page's next link")] string? cursor,
        [Description("The former name of limit, still read when limit is absent")] string? count,
        HttpContext http,
        RunsQuery runs,
        CancellationToken cancellationToken)
    {
        var newest = (await runs.LatestAsync(0, 1, cancellationToken)).FirstOrDefault()?.Id ?? 0;
        var scope = newest.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!Paging.TryRead(limit ?? count, cursor, Limits, scope, out var page, out var problem)) return problem;
        return Paging.From(http, page, await runs.LatestAsync(page.Offset, page.FetchCount, cancellationToken));
    }
}
