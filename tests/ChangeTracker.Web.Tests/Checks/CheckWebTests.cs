using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Checks;

/// <summary>The /check page and POST /api/check on real Kestrel over a database ingested from the offline go.dev copy.</summary>
public sealed partial class CheckWebTests(KestrelIngestedWebApp app) : IClassFixture<KestrelIngestedWebApp>
{
    private const string GoMod = "module example.com/web\n\ngo 1.22\n\ngodebug tlsrsakex=1\n";
    private const string MainGo = "package main\n\nimport \"crypto/tls\"\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n";

    private HttpClient Client()
    {
        var client = app.CreateClient();
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        return client;
    }

    [GoSiteFact]
    public async Task Api_checks_a_module_sent_as_json()
    {
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/check", new { gomod = GoMod, files = new Dictionary<string, string> { ["main.go"] = MainGo } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal(("1.22", "1.27"), (root.GetProperty("from").GetString(), root.GetProperty("to").GetString()));
        Assert.True(root.GetProperty("breaking").GetInt32() > 0);
        var lines = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("line").GetString()!).ToList();
        Assert.Contains(lines, l => l.StartsWith("sets GODEBUG tlsrsakex=1 (go.mod); imports crypto/tls (file main.go) → Go 1.27 removal in crypto/tls:", StringComparison.Ordinal));
        Assert.All(root.GetProperty("findings").EnumerateArray(), f => HttpAssertions.AssertFactContract(f.GetProperty("fact")));
    }

    [GoSiteFact]
    public async Task Api_checks_a_zipped_module_sent_as_multipart_and_renders_markdown()
    {
        using var client = Client();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(ZipOf("legacy")), "zip", "legacy.zip" },
            { new StringContent("md"), "format" },
            { new StringContent("1.13"), "to" },
        };
        using var response = await client.PostAsync("/api/check", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var md = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Upgrade check of example.com/legacy: Go 1.12 → Go 1.13", md);
    }

    [GoSiteFact]
    public async Task Api_answers_bad_input_with_problem_details()
    {
        using var client = Client();

        using var noBody = await client.PostAsync("/api/check", new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));
        using var badTarget = await client.PostAsJsonAsync("/api/check", new { gomod = GoMod, targets = new[] { "the moon" } });
        using var noGoLine = await client.PostAsJsonAsync("/api/check", new { gomod = "module m\n" });
        using var unknown = await client.PostAsJsonAsync("/api/check", new { gomod = GoMod, to = "1.99" });
        using var badFormat = await client.PostAsJsonAsync("/api/check", new { gomod = GoMod, format = "xml" });
        using var notZip = await client.PostAsync("/api/check", new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "zip", "x.zip" } });

        foreach (var (response, status, detail) in new[]
                 {
                     (noBody, HttpStatusCode.BadRequest, "neither JSON"), (badTarget, HttpStatusCode.BadRequest, "is not a target"),
                     (noGoLine, HttpStatusCode.BadRequest, "no go line"), (unknown, HttpStatusCode.NotFound, "Go 1.99 does not exist"),
                     (badFormat, HttpStatusCode.BadRequest, "not a report format"), (notZip, HttpStatusCode.BadRequest, "not a zip archive"),
                 })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(detail, problem.GetProperty("detail").GetString());
        }
    }

    [GoSiteFact]
    public async Task Api_refuses_a_body_above_its_bound()
    {
        using var client = Client();
        var huge = JsonSerializer.SerializeToUtf8Bytes(new { gomod = GoMod, files = new Dictionary<string, string> { ["big.go"] = new string('x', 17 * 1024 * 1024) } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = new ByteArrayContent(huge) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.ExpectContinue = true; // the server answers before the body is sent

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [GoSiteFact]
    public async Task Page_shows_the_form_with_the_layout_and_a_posted_check_with_why_lines()
    {
        using var client = Client();
        var page = await client.GetStringAsync("/check");
        Assert.Contains("<a href=\"/check\" aria-current=\"page\">Check</a>", page);
        Assert.Contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"", page);
        var token = TokenPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(GoMod), "GoMod" },
            { new StringContent("-- main.go --\n" + MainGo + "-- evil_windows_arm.go --\npackage main\n// <script>alert(1)</script>\n"), "Files" },
            { new StringContent("linux/amd64"), "Targets" },
        };
        using var response = await client.PostAsync("/check", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Upgrade check of example.com/web: Go 1.22 &#x2192; Go 1.27", html);
        Assert.Contains("<strong class=\"why\">sets GODEBUG tlsrsakex=1 (go.mod); imports crypto/tls (file main.go)</strong>", html);
        Assert.Contains("file evil_windows_arm.go names windows/arm (name suffix)", html);
        Assert.Contains("id=\"not-judged\"", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("script-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [GoSiteFact]
    public async Task Page_says_what_is_wrong_in_one_sentence()
    {
        using var client = Client();
        var token = TokenPattern().Match(await client.GetStringAsync("/check")).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("module m\n"), "GoMod" },
        };

        using var response = await client.PostAsync("/check", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"problems\"", html);
        Assert.Contains("The go.mod has no go line", html);
        Assert.DoesNotContain("Exception", html);
    }

    private static byte[] ZipOf(string fixture)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var root = ModuleFixtures.Path(fixture);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                archive.CreateEntryFromFile(file, $"{fixture}/{Path.GetRelativePath(root, file).Replace('\\', '/')}");
        }
        return stream.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
