using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

/// <summary>The history of the data: what each ingestion added, changed and withdrew.</summary>
internal static class HistoryApi
{
    public const int DefaultLimit = 500;

    public static async Task<Results<JsonHttpResult<IReadOnlyList<FactChangeRow>>, ProblemHttpResult>> RunChangesAsync(
        [Description("The run's id, as listed by /api/runs")] long id,
        HistoryQuery history,
        CancellationToken cancellationToken)
    {
        var changes = await history.ForRunAsync(id, cancellationToken);
        if (changes is null) return Problems.NotFound("id", $"there is no ingestion run {id}; /api/runs lists the runs.");
        return TypedResults.Json(changes, ContractJson.Options);
    }

    public static async Task<Results<JsonHttpResult<IReadOnlyList<FactChangeRow>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [Description("Only changes to the facts of this release's notes page (1.27)")] string? version,
        [Description("How many entries, newest first (1-10000, default 500)")] string? limit,
        HistoryQuery history,
        KnownVersionsQuery versions,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (!ApiArguments.TryOptionalVersion("version", version, out var page, out var p1)) problems.Add(p1);
        if (!ApiArguments.TryCount("limit", limit, DefaultLimit, 1, HistoryQuery.MaxLimit, out var n, out var p2)) problems.Add(p2);
        if (problems.Count > 0) return Problems.Combine(problems);
        if (page is { } v && await ApiArguments.RequireStoredAsync("version", v, versions, cancellationToken) is { } notStored) return notStored;
        return TypedResults.Json(await history.ListAsync(new HistoryFilter(page, null, n), cancellationToken), ContractJson.Options);
    }
}
