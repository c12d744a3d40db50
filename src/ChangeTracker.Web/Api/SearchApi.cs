using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class SearchApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    public static async Task<Results<JsonHttpResult<IReadOnlyList<SearchHitJson>>, ValidationProblem>> SearchAsync(
        [Description("Words to find (TLS 1.3): items holding every word rank first, then items holding some")] string? q,
        [Description("At most this many hits (1-200, default 20)")] string? limit,
        SearchQuery search,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(q))
            problems.Add(Problems.Missing("q", "give the words to search for, e.g. q=TLS 1.3"));
        else if (q.Length > SearchQuery.MaxQueryLength)
            problems.Add(Problems.BadParameter("q", $"q is {q.Length} characters long; at most {SearchQuery.MaxQueryLength} are allowed."));
        if (!ApiArguments.TryCount("limit", limit, DefaultLimit, 1, MaxLimit, out var count, out var p1)) problems.Add(p1);
        if (problems.Count > 0) return Problems.Combine(problems);

        var hits = await search.SearchAsync(q!, count, cancellationToken);
        return TypedResults.Json<IReadOnlyList<SearchHitJson>>(hits.Select(SearchHitJson.From).ToList(), ContractJson.Options);
    }
}
