using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ChangeTracker.Web.Tests.Api;

/// <summary>The OpenAPI document is valid 3.1, types every parameter, and says what real answers look like.</summary>
[Collection(IngestedAppCollection.Name)]
public sealed class OpenApiContractTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    /// <summary>Free text by nature: the only parameters left as plain strings.</summary>
    private static readonly string[] FreeText = ["component", "os", "arch", "q", "targets"];

    /// <summary>Real requests, the documented path they answer to, and the status they must get.</summary>
    public static TheoryData<string, string, int> Requests => new()
    {
        { "/api/versions", "/api/versions", 200 },
        { "/api/versions?limit=0", "/api/versions", 400 },
        { "/api/versions/1.12", "/api/versions/{v}", 200 },
        { "/api/versions/1.x", "/api/versions/{v}", 400 },
        { "/api/versions/1.99", "/api/versions/{v}", 404 },
        { "/api/facts?kind=removal&limit=20", "/api/facts", 200 },
        { "/api/facts?kind=nope", "/api/facts", 400 },
        { "/api/facts?version=1.99", "/api/facts", 404 },
        { "/api/diff?from=1.11&to=1.13", "/api/diff", 200 },
        { "/api/diff?from=1.x&to=1.13", "/api/diff", 400 },
        { "/api/diff?from=1.99&to=1.13", "/api/diff", 404 },
        { "/api/platforms", "/api/platforms", 200 },
        { "/api/platforms/newest-supporting?q=macOS%2010.12", "/api/platforms/newest-supporting", 200 },
        { "/api/platforms/newest-supporting", "/api/platforms/newest-supporting", 400 },
        { "/api/sizes", "/api/sizes", 200 },
        { "/api/sizes?os=nope", "/api/sizes", 400 },
        { "/api/search?q=TLS", "/api/search", 200 },
        { "/api/search", "/api/search", 400 },
        { "/api/runs", "/api/runs", 200 },
        { "/api/runs?limit=0", "/api/runs", 400 },
        { "/api/runs/1/changes?limit=5", "/api/runs/{id}/changes", 200 },
        { "/api/runs/1/changes?limit=0", "/api/runs/{id}/changes", 400 },
        { "/api/runs/99999/changes", "/api/runs/{id}/changes", 404 },
        { "/api/history?limit=5", "/api/history", 200 },
        { "/api/history?limit=0", "/api/history", 400 },
        { "/api/history?version=1.99", "/api/history", 404 },
        { "/api/eol/go.json", "/api/eol/go.json", 200 },
        { "/feed.atom", "/feed.atom", 200 },
    };

    private const string Big = "a body past the 16 MiB bound";

    /// <summary>POST requests (JSON bodies), the documented path they answer to, and the status they must get.</summary>
    public static TheoryData<string, string, int> Posts => new()
    {
        { "/api/check", """{"gomod":"module example.test/m\ngo 1.22\n","files":{"main.go":"package main\n\nimport \"crypto/tls\"\n\nvar c tls.Config\n"},"to":"1.27"}""", 200 },
        { "/api/check", """{"files":{}}""", 400 },
        { "/api/check", """{"gomod":"module example.test/m\ngo 1.22\n","to":"1.99"}""", 404 },
        { "/api/check", Big, 413 },
    };

    [GoSiteTheory]
    [MemberData(nameof(Posts))]
    public async Task Every_post_answer_has_a_documented_status_and_matches_its_schema(string path, string json, int status)
    {
        var document = await DocumentAsync();
        if (json == Big) json = "{\"gomod\":\"module m\\ngo 1.22\\n\",\"files\":{\"big.go\":\"" + new string('x', 17 * 1024 * 1024) + "\"}}";
        using var response = await _client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"POST {path}: {(int)response.StatusCode} {body}");

        var responses = document["paths"]![path]!["post"]!["responses"]!.AsObject();
        Assert.True(responses.ContainsKey(status.ToString()), $"POST {path} does not document {status}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.EndsWith("json", StringComparison.Ordinal)) return;
        var content = responses[status.ToString()]!["content"]!.AsObject();
        Assert.True(content.ContainsKey(mediaType), $"POST {path} {status} does not document {mediaType}");
        AssertMatches(document, content[mediaType]!["schema"]!, body, $"POST {path}");
    }

    [GoSiteFact]
    public async Task The_document_is_valid_openapi_3_1()
    {
        var text = await _client.GetStringAsync("/openapi/v1.json");
        var result = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic?.Errors ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic?.SpecificationVersion);
        var document = Assert.IsType<OpenApiDocument>(result.Document);
        Assert.Empty(document.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [GoSiteFact]
    public async Task Every_parameter_is_typed_and_constrained_unless_it_is_free_text()
    {
        var document = await DocumentAsync();
        foreach (var (path, method, operation) in Operations(document))
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var name = parameter!["name"]!.GetValue<string>();
            var schema = parameter["schema"]!.AsObject();
            var where = $"{method.ToUpperInvariant()} {path} parameter {name}";
            Assert.True(schema["type"] is JsonValue, $"{where} has no single type: {schema.ToJsonString()}");
            var type = schema["type"]!.GetValue<string>();
            switch (name)
            {
                case "limit" or "count" or "id":
                    Assert.Equal("integer", type);
                    break;
                case "download" or "breaking" or "reported" or "includeUnstable" or "bom":
                    Assert.Equal("boolean", type);
                    break;
                case "kind" or "format":
                    Assert.True(schema["enum"]?.AsArray().Count > 1, $"{where} lists no values");
                    break;
                case "v" or "version" or "from" or "to":
                    Assert.Equal(ExpectedVersionPattern, schema["pattern"]?.GetValue<string>());
                    break;
                default:
                    Assert.Equal("string", type);
                    Assert.True(FreeText.Contains(name) || schema["pattern"] is not null || schema["enum"] is not null,
                        $"{where} is an unconstrained string");
                    break;
            }
            if (parameter["in"]!.GetValue<string>() == "path") Assert.True(parameter["required"]?.GetValue<bool>(), $"{where} is not required");
        }
        AssertRequired(document, "/api/diff", "from", "to");
        AssertRequired(document, "/api/search", "q");
        AssertRequired(document, "/api/platforms/newest-supporting", "q");
    }

    [GoSiteTheory]
    [MemberData(nameof(Requests))]
    public async Task Every_answer_has_a_documented_status_and_matches_its_schema(string url, string path, int status)
    {
        var document = await DocumentAsync();
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"GET {url}: {(int)response.StatusCode} {body}");

        var responses = document["paths"]![path]!["get"]!["responses"]!.AsObject();
        Assert.True(responses.ContainsKey(status.ToString()), $"{path} does not document {status}");
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        var content = responses[status.ToString()]!["content"]!.AsObject();
        Assert.True(content.ContainsKey(mediaType), $"{path} {status} does not document {mediaType}");
        if (mediaType.EndsWith("json", StringComparison.Ordinal))
            AssertMatches(document, content[mediaType]!["schema"]!, body, $"GET {url}");

        if (status == 200 && response.Headers.ETag is { } etag && responses.ContainsKey("304"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            using var again = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }
    }

    [GoSiteFact]
    public async Task Every_documented_status_is_exercised_by_a_real_request()
    {
        var document = await DocumentAsync();
        var exercised = Requests.Concat(Posts.Select(p => new object[] { p[0], p[0], p[2] }))
            .Select(r => ((string)r[1], ((int)r[2]).ToString())).ToHashSet();
        foreach (var (path, method, operation) in Operations(document))
        foreach (var status in operation["responses"]!.AsObject().Select(r => r.Key))
        {
            if (status is "500" or "304") continue;
            Assert.True(exercised.Contains((path, status)), $"{method.ToUpperInvariant()} {path} documents {status}, which no request here checks");
        }
    }

    [GoSiteFact]
    public async Task The_reference_page_is_served_with_its_scripts_from_this_app_and_no_cdn()
    {
        using var response = await _client.GetAsync("/api/reference/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", html);
        var sources = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.DoesNotContain("://", s));
        Assert.DoesNotContain("\"withDefaultFonts\":true", html);
        foreach (var script in sources.Where(s => s.EndsWith(".js", StringComparison.Ordinal)))
        {
            using var asset = await _client.GetAsync("/api/reference/" + script);
            Assert.True(asset.IsSuccessStatusCode, $"{script}: {(int)asset.StatusCode}");
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 1000, $"{script} is empty");
        }
    }

    private const string ExpectedVersionPattern = @"^(?:[gG][oO])?[0-9]+(?:\.[0-9]+(?:\.[0-9]+|(?:rc|beta)[0-9]+)?)?$";

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!.AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value!.AsObject())));

    private static void AssertRequired(JsonObject document, string path, params string[] names)
    {
        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray();
        foreach (var name in names)
            Assert.True(parameters.Single(p => p!["name"]!.GetValue<string>() == name)!["required"]?.GetValue<bool>(), $"{path} {name} is not required");
    }

    /// <summary>Validates a body against a response schema, its references resolved into the components of the document.</summary>
    private static void AssertMatches(JsonObject document, JsonNode schema, string body, string what)
    {
        var root = JsonNode.Parse(schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/"))!.AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = JsonNode.Parse(document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/"));
        var evaluated = JsonSchema.FromText(root.ToJsonString()).Evaluate(JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluated.IsValid, $"{what} does not match its schema: {JsonSerializer.Serialize(evaluated.Details?.Where(d => !d.IsValid && d.Errors is not null).Take(5).Select(d => new { at = d.InstanceLocation.ToString(), d.Errors }))}");
    }
}
