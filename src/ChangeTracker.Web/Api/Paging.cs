using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using ChangeTracker.Domain.Facts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ChangeTracker.Web.Api;

/// <summary>One page of a list: its items, the limit asked for, and the link to the next page (null on the last page).</summary>
public sealed record PageJson<T>(IReadOnlyList<T> Items, int Limit, string? Next);

/// <summary>The default and largest <c>limit</c> of a list endpoint.</summary>
public sealed record PageLimits(int Default, int Max);

/// <summary>Where a page starts and how long it is; <see cref="Scope"/> is the version of the list the cursor belongs to.</summary>
internal sealed record PageRequest(int Offset, int Limit, string Scope)
{
    /// <summary>How many rows to fetch: one more than the page, to know whether a next page exists.</summary>
    public int FetchCount => Limit + 1;
}

/// <summary>
/// Reads <c>limit</c> and the opaque <c>cursor</c> of a list endpoint and builds its page with a <c>next</c> link in the
/// body and a <c>Link: &lt;…&gt;; rel="next"</c> header. A cursor names a position in one version of the list: after an
/// ingestion changed the list, an old cursor is refused (400) rather than silently skipping or repeating rows.
/// </summary>
internal static class Paging
{
    private const string Prefix = "p1";

    public static bool TryRead(string? limit, string? cursor, PageLimits limits, string scope,
        out PageRequest page, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        page = new PageRequest(0, limits.Default, scope);
        if (!ApiArguments.TryCount("limit", limit, limits.Default, 1, limits.Max, out var size, out problem)) return false;
        var offset = 0;
        if (cursor is not null)
        {
            var parts = Decode(cursor)?.Split(':', 3);
            if (parts is not [Prefix, var at, var cursorScope] || !int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                problem = Problems.BadParameter("cursor", $"cursor={cursor}: not a cursor of this list; use the next link of a previous page, or no cursor for the first page.");
                return false;
            }
            if (cursorScope != scope)
            {
                problem = Problems.BadParameter("cursor", "cursor: the data changed since this cursor was issued (an ingestion ran); start again from the first page, without a cursor.");
                return false;
            }
        }
        page = new PageRequest(offset, size, scope);
        return true;
    }

    /// <summary>The page of an in-memory list.</summary>
    public static JsonHttpResult<PageJson<T>> Slice<T>(HttpContext http, PageRequest page, IReadOnlyList<T> all) =>
        From(http, page, all.Skip(page.Offset).Take(page.FetchCount).ToList());

    /// <summary>The page from rows fetched with <see cref="PageRequest.Offset"/> and <see cref="PageRequest.FetchCount"/>.</summary>
    public static JsonHttpResult<PageJson<T>> From<T>(HttpContext http, PageRequest page, IReadOnlyList<T> fetched)
    {
        string? next = null;
        if (fetched.Count > page.Limit)
        {
            next = NextUrl(http.Request, page);
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }
        var items = fetched.Count > page.Limit ? fetched.Take(page.Limit).ToList() : fetched;
        return TypedResults.Json(new PageJson<T>(items, page.Limit, next), ContractJson.Options);
    }

    private static string NextUrl(HttpRequest request, PageRequest page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => q.Key is not ("cursor" or "limit"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("limit", page.Limit.ToString(CultureInfo.InvariantCulture)))
            .Append(new("cursor", Encode($"{Prefix}:{page.Offset + page.Limit}:{page.Scope}")));
        return QueryHelpers.AddQueryString($"{request.PathBase}{request.Path}", query);
    }

    private static string Encode(string text) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(text));

    private static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
