using ChangeTracker.Testing.Abuse;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;
using Xunit.Abstractions;

namespace ChangeTracker.Web.Tests.Abuse;

/// <summary>
/// Hundreds of generated malformed requests (FsCheck, fixed seeds) to every GET route of /openapi/v1.json, to
/// POST /api/check and to the dashboard pages, over real Kestrel on 127.0.0.1 and a database ingested from the
/// offline go.dev copy: only 2xx/4xx, an API 4xx is problem+json with a title, no answer shows a stack trace,
/// an exception type or a database error.
/// </summary>
public sealed class ApiAbuseTests(KestrelIngestedWebApp app, ITestOutputHelper output) : IClassFixture<KestrelIngestedWebApp>
{
    public const int ApiGetCases = 450;
    public const int CheckPostCases = 90;
    public const int PageCases = 160;

    [GoSiteFact]
    public async Task Malformed_queries_to_every_api_route_are_problem_details_never_a_5xx()
    {
        using var client = app.CreateClient();
        var routes = ApiRoute.FromOpenApi(await client.GetJsonAsync("/openapi/v1.json"));
        Assert.True(routes.Count >= 12, $"the OpenAPI document lists only {routes.Count} GET routes");

        var cases = JunkText.Sample(ApiAbuseCases.Get(routes), ApiGetCases, seed: 10_001);
        await RunAsync(client, cases, problemDetailsRequired: true);

        var covered = routes.Where(r => cases.Any(c => c.Url.StartsWith(r.Template.Split('{')[0], StringComparison.Ordinal))).Count();
        Assert.Equal(routes.Count, covered);
    }

    [GoSiteFact]
    public async Task Malformed_bodies_to_the_check_api_are_problem_details_never_a_5xx()
    {
        using var client = app.CreateClient();
        await RunAsync(client, JunkText.Sample(ApiAbuseCases.CheckPost(), CheckPostCases, seed: 10_002), problemDetailsRequired: true);
    }

    [GoSiteFact]
    public async Task An_oversized_check_body_is_a_413_problem()
    {
        using var client = app.CreateClient();
        var huge = new AbuseCase("POST", "/api/check", "application/json", new byte[17 * 1024 * 1024]);
        var verdict = await AbuseVerdict.JudgeAsync(client, huge, problemDetailsRequired: true);
        Assert.Equal(new AbuseVerdict.Verdict(413, null), verdict);
    }

    [GoSiteFact]
    public async Task Pages_with_junk_in_routes_and_queries_never_answer_5xx()
    {
        using var client = app.CreateClient();
        await RunAsync(client, JunkText.Sample(ApiAbuseCases.Page(), PageCases, seed: 10_003), problemDetailsRequired: false);
    }

    [Fact]
    public void The_suite_sends_at_least_500_malformed_requests() =>
        Assert.True(ApiGetCases + CheckPostCases + PageCases + 1 >= 500);

    private async Task RunAsync(HttpClient client, List<AbuseCase> cases, bool problemDetailsRequired)
    {
        var failures = new List<string>();
        var statuses = new SortedDictionary<string, int>();
        foreach (var abuse in cases)
        {
            var verdict = await AbuseVerdict.JudgeAsync(client, abuse, problemDetailsRequired);
            if (verdict.Failure is not null) failures.Add($"{abuse}: {verdict.Failure}");
            var key = verdict.ServerRejection ? $"{verdict.Status} (Kestrel)" : verdict.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            statuses[key] = statuses.GetValueOrDefault(key) + 1;
        }
        output.WriteLine($"{cases.Count} cases, {failures.Count} failed; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        foreach (var failure in failures.Take(60)) output.WriteLine(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} malformed requests were answered wrongly:\n" + string.Join("\n", failures.Take(40)));
    }
}

/// <summary>The verdict itself must be able to fail: a 5xx, a leaked exception, a plain-text 400 are each caught.</summary>
public sealed class AbuseVerdictTests
{
    [Theory]
    [InlineData(500, "application/problem+json", "{\"title\":\"x\",\"status\":500}", true)]
    [InlineData(400, "text/plain", "bad", true)]
    [InlineData(400, "application/problem+json", "{\"status\":400}", true)]
    [InlineData(404, "application/problem+json", "{\"title\":\"x\",\"detail\":\"System.InvalidOperationException: boom\"}", true)]
    [InlineData(200, "text/html", "<pre>   at ChangeTracker.Web.Pages.DiffModel.OnGetAsync(</pre>", false)]
    [InlineData(200, "text/html", "SQLite Error 5: 'database is locked'.", false)]
    public void A_bad_answer_is_caught(int status, string type, string body, bool problemDetailsRequired)
    {
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status) { Content = new StringContent(body, null, type) };
        response.Headers.TryAddWithoutValidation("X-Content-Type-Options", "nosniff");
        Assert.NotNull(AbuseVerdict.Judge(response, body, problemDetailsRequired));
    }

    [Theory]
    [InlineData("application/json", "{\"summary\":\"bell \\u0007 rings\"}")]
    [InlineData("application/json", "{\"summary\":\"escaped \\\\\\u0008 still a backspace\"}")]
    [InlineData("application/atom+xml", "<summary>a raw \b backspace</summary>")]
    [InlineData("text/html", "<p>a raw \u001b[31m escape</p>")]
    public void A_control_character_is_caught_raw_anywhere_and_escaped_in_json(string type, string body)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body, null, type) };
        Assert.Contains("control character", AbuseVerdict.Judge(response, body, problemDetailsRequired: false));
    }

    /// <summary>The Go 1.22 notes quote the escape <c>\u0008</c>: printable text in a feed or page, an escaped backslash in JSON.</summary>
    [Theory]
    [InlineData("application/atom+xml", "<summary>escapes \\b as \\b instead of \\u0008</summary>")]
    [InlineData("text/html", "<code>\\u000c</code>")]
    [InlineData("application/json", "{\"summary\":\"instead of \\\\u0008 and \\\\u000c\"}")]
    public void A_quoted_escape_is_text_not_a_control_character(string type, string body)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body, null, type) };
        Assert.Null(AbuseVerdict.Judge(response, body, problemDetailsRequired: false));
    }

    [Fact]
    public void A_problem_with_a_title_is_accepted()
    {
        const string body = "{\"title\":\"Invalid parameter 'from'\",\"status\":400}";
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest) { Content = new StringContent(body, null, "application/problem+json") };
        response.Headers.TryAddWithoutValidation("X-Content-Type-Options", "nosniff");
        Assert.Null(AbuseVerdict.Judge(response, body, problemDetailsRequired: true));
    }
}
