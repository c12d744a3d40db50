using System.Net;
using System.Text.Json;

namespace ChangeTracker.Web.Tests.Support;

internal static class HttpAssertions
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The items of the first page of a list endpoint (a page object: items, limit, next).</summary>
    public static async Task<List<JsonElement>> GetItemsAsync(this HttpClient client, string url)
    {
        var page = await client.GetJsonAsync(url);
        Assert.Equal(JsonValueKind.Object, page.ValueKind);
        Assert.True(page.TryGetProperty("limit", out _) && page.TryGetProperty("next", out _), $"GET {url} is not a page: {page}");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>Asserts an RFC 7807 answer: status, application/problem+json, and a detail containing every fragment.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode expected, params string[] detailContains)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        var detail = problem.GetProperty("detail").GetString() ?? "";
        foreach (var fragment in detailContains)
            Assert.True(detail.Contains(fragment, StringComparison.Ordinal), $"detail of GET {url} lacks '{fragment}': {detail}");
        return problem;
    }

    public static string? Str(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    /// <summary>The facts JSON contract of DESIGN.md: every field present (nulls written, never omitted).</summary>
    public static readonly string[] FactFields =
        ["id", "kind", "version", "lastVersion", "announcedIn", "effectiveVersion", "subject", "os", "osVersion", "port",
         "renamedTo", "experimental", "area", "minimum", "godebug", "symbols", "component", "category",
         "breaking", "tentative", "status", "resolvedIn", "summary", "source", "evidence"];

    public static void AssertFactContract(JsonElement fact)
    {
        foreach (var field in FactFields)
            Assert.True(fact.TryGetProperty(field, out _), $"fact lacks '{field}': {fact}");
        Assert.Equal(FactFields.Length, fact.EnumerateObject().Count());
        Assert.DoesNotContain("go", fact.GetProperty("version").GetString()!, StringComparison.Ordinal);
    }
}
