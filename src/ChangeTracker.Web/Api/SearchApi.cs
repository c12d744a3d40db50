using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Versioning;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class SearchApi
{
    public static readonly PageLimits Limits = new(20, 200);

    public static async Task<Results<JsonHttpResult<PageJson<SearchHitJson>>, ValidationProblem>> SearchAsync(
        [Description("Words to find (TLS 1.3): items holding every word rank first, then items holding some")] string? q,
        [Description("Hits per page (1-200, default 20)")] string? limit,
        [Description("Where the page starts: the cursor of the previous page's next link")] string? cursor,
        HttpContext http,
        SearchQuery search,
        DataVersionQuery data,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(q))
            problems.Add(Problems.Missing("q", "give the words to search for, e.g. q=TLS 1.3"));
        else if (q.Length > SearchQuery.MaxQueryLength)
            problems.Add(Problems.BadParameter("q", $"q is {q.Length} characters long; at most {SearchQuery.MaxQueryLength} are allowed."));
        if (!Paging.TryRead(limit, cursor, Limits, (await data.CurrentAsync(cancellationToken)).Tag, out var page, out var p1)) problems.Add(p1);
        if (problems.Count > 0) return Problems.Combine(problems);

        var hits = await search.SearchAsync(q!, page.Offset, page.FetchCount, cancellationToken);
        return Paging.From(http, page, hits.Select(SearchHitJson.From).ToList());
    }
}
