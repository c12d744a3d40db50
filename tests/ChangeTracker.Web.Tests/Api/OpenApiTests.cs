using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public sealed class OpenApiTests(IngestedWebApp app)
{
    [GoSiteFact]
    public async Task The_openapi_document_lists_every_api_path_with_its_operation()
    {
        var document = await app.CreateClient().GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var expected = new Dictionary<string, string>
        {
            ["/api/versions"] = "ListVersions",
            ["/api/versions/{v}"] = "GetVersion",
            ["/api/facts"] = "ListFacts",
            ["/api/diff"] = "GetDiff",
            ["/api/platforms"] = "GetPlatforms",
            ["/api/platforms/newest-supporting"] = "GetNewestSupporting",
            ["/api/sizes"] = "GetSizes",
            ["/api/search"] = "Search",
            ["/api/runs"] = "ListRuns",
        };
        foreach (var (path, operationId) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"the OpenAPI document lacks {path}");
            var get = item.GetProperty("get");
            Assert.Equal(operationId, get.Str("operationId"));
            Assert.False(string.IsNullOrWhiteSpace(get.Str("summary")), $"{path} has no summary");
        }
        var facts = paths.GetProperty("/api/facts").GetProperty("get");
        var parameters = facts.GetProperty("parameters").EnumerateArray().Select(p => p.Str("name")).ToList();
        Assert.Equal(["kind", "version", "from", "to", "component", "os", "port", "limit", "cursor"], parameters);
        Assert.True(facts.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(facts.GetProperty("responses").TryGetProperty("404", out _));
        var diffOk = paths.GetProperty("/api/diff").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(["application/json", "text/markdown", "text/csv", "text/html"], diffOk.EnumerateObject().Select(c => c.Name));
    }
}
