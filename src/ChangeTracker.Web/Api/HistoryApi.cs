using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Versioning;
using ChangeTracker.Domain.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

/// <summary>The history of the data: what each ingestion added, changed and withdrew.</summary>
internal static class HistoryApi
{
    public static readonly PageLimits Limits = new(500, HistoryQuery.MaxLimit);

    public static async Task<Results<JsonHttpResult<PageJson<FactChangeRow>>, ValidationProblem, ProblemHttpResult>> RunChangesAsync(
        [Description("The run's id, as listed by /api/runs")] long id,
        [Description("Changes per page (1-10000, default 500)")] string? limit,
        [Description("Where the page starts: the cursor of the previous page's next link")] string? cursor,
        HttpContext http,
        HistoryQuery history,
        DataVersionQuery data,
        CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(limit, cursor, Limits, (await data.CurrentAsync(cancellationToken)).Tag, out var page, out var problem)) return problem;
        var changes = await history.ForRunAsync(id, cancellationToken);
        if (changes is null) return Problems.NotFound("id", $"there is no ingestion run {id}; /api/runs lists the runs.");
        return Paging.Slice(http, page, changes);
    }

    public static async Task<Results<JsonHttpResult<PageJson<FactChangeRow>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [Description("Only changes to the facts of this release's notes page (1.27)")] string? version,
        [Description("Entries per page, newest first (1-10000, default 500)")] string? limit,
        [Description("Where the page starts: the cursor of the previous page's next link")] string? cursor,
        HttpContext http,
        HistoryQuery history,
        KnownVersionsQuery versions,
        DataVersionQuery data,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (!ApiArguments.TryOptionalVersion("version", version, out var line, out var p1)) problems.Add(p1);
        if (!Paging.TryRead(limit, cursor, Limits, (await data.CurrentAsync(cancellationToken)).Tag, out var page, out var p2)) problems.Add(p2);
        if (problems.Count > 0) return Problems.Combine(problems);
        if (line is { } v && await ApiArguments.RequireStoredAsync("version", v, versions, cancellationToken) is { } notStored) return notStored;
        var rows = await history.ListAsync(new HistoryFilter(line, null, page.FetchCount, page.Offset), cancellationToken);
        return Paging.From(http, page, rows);
    }
}
