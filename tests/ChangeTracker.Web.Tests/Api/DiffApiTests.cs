using System.Net;
using System.Text.Json;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public class DiffApiTests(IngestedWebApp app)
{
    private static readonly string[] DiffFields = ["from", "to", "downgrade", "facts", "comingNext", "distribution", "revisions", "coverage", "narrowedTo"];
    private static readonly string[] DistributionFields = ["os", "arch", "kind", "fromFile", "fromBytes", "toFile", "toBytes", "deltaBytes"];

    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Diff_1_12_to_1_13_has_the_contract_fields_and_the_ended_os_support()
    {
        var diff = await _client.GetJsonAsync("/api/diff?from=1.12&to=1.13");

        foreach (var field in DiffFields) Assert.True(diff.TryGetProperty(field, out _), $"diff lacks '{field}'");
        Assert.Equal("1.12", diff.Str("from"));
        Assert.Equal("1.13", diff.Str("to"));
        Assert.False(diff.GetProperty("downgrade").GetBoolean());
        var facts = diff.GetProperty("facts").EnumerateArray().ToList();
        Assert.All(facts, HttpAssertions.AssertFactContract);
        Assert.All(facts, f => Assert.Equal("1.13", f.Str("version")));
        var mac = Assert.Single(facts, f => f.Str("kind") == "os_support_ended" && f.Str("subject") == "macOS 10.10");
        Assert.Equal("1.12", mac.Str("lastVersion"));
        Assert.Equal("1.12", mac.Str("announcedIn"));
        Assert.Contains(facts, f => f.Str("kind") == "os_support_ended" && f.Str("os") == "FreeBSD");

        var rows = diff.GetProperty("distribution").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.All(DistributionFields, field => Assert.True(r.TryGetProperty(field, out _), $"row lacks '{field}'")));
        var linux = Assert.Single(rows, r => r.Str("os") == "linux" && r.Str("arch") == "amd64" && r.Str("kind") == "archive");
        Assert.Equal("go1.12.linux-amd64.tar.gz", linux.Str("fromFile"));
        Assert.Equal("go1.13.linux-amd64.tar.gz", linux.Str("toFile"));
        Assert.Equal(linux.GetProperty("toBytes").GetInt64() - linux.GetProperty("fromBytes").GetInt64(), linux.GetProperty("deltaBytes").GetInt64());

        var revisions = diff.GetProperty("revisions").EnumerateArray().ToList();
        Assert.NotEmpty(revisions);
        Assert.All(revisions, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r.Str("date")!));
        Assert.All(revisions, r => Assert.False(r.GetProperty("shouldNotBeUsed").GetBoolean()));
    }

    [GoSiteFact]
    public async Task Diff_revisions_list_go1_7_2_flagged_with_a_null_date()
    {
        var diff = await _client.GetJsonAsync("/api/diff?from=1.7&to=1.8");

        var revisions = diff.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"1.7.{n}"), revisions.Select(r => r.Str("version")));
        var flagged = Assert.Single(revisions, r => r.GetProperty("shouldNotBeUsed").GetBoolean());
        Assert.Equal("1.7.2", flagged.Str("version"));
        Assert.Equal(JsonValueKind.Null, flagged.GetProperty("date").ValueKind);
        Assert.False(flagged.GetProperty("security").GetBoolean());
    }

    [GoSiteFact]
    public async Task Diff_1_11_to_1_21_spans_ten_releases()
    {
        var wide = await _client.GetJsonAsync("/api/diff?from=go1.11&to=1.21");
        var narrow = await _client.GetJsonAsync("/api/diff?from=1.12&to=1.13");

        Assert.Equal("1.11", wide.Str("from"));
        Assert.Equal("1.21", wide.Str("to"));
        var versions = wide.GetProperty("facts").EnumerateArray().Select(f => f.Str("version")).Distinct().ToList();
        Assert.Contains("1.13", versions);
        Assert.Contains("1.21", versions);
        Assert.DoesNotContain("1.11", versions);
        Assert.True(wide.GetProperty("facts").GetArrayLength() > narrow.GetProperty("facts").GetArrayLength());
    }

    [GoSiteFact]
    public async Task A_downgrade_is_marked()
    {
        var diff = await _client.GetJsonAsync("/api/diff?from=1.13&to=1.12");
        Assert.True(diff.GetProperty("downgrade").GetBoolean());
        Assert.Contains(diff.GetProperty("facts").EnumerateArray(), f => f.Str("subject") == "macOS 10.10");
    }

    [GoSiteTheory]
    [InlineData("md", "text/markdown", "go1.12-to-go1.13.md", "# ")]
    [InlineData("markdown", "text/markdown", "go1.12-to-go1.13.md", "# ")]
    [InlineData("csv", "text/csv", "go1.12-to-go1.13.csv", "")]
    [InlineData("html", "text/html", "go1.12-to-go1.13.html", "<!DOCTYPE html>")]
    public async Task A_report_format_comes_as_an_attachment(string format, string mediaType, string fileName, string start)
    {
        using var response = await _client.GetAsync($"/api/diff?from=1.12&to=1.13&format={format}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, disposition.FileName?.Trim('"'));
        Assert.StartsWith(start, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("macOS 10.10", body);
    }

    [GoSiteFact]
    public async Task Json_is_an_attachment_only_when_download_is_asked_for()
    {
        using var inline = await _client.GetAsync("/api/diff?from=1.12&to=1.13&format=json");
        Assert.Null(inline.Content.Headers.ContentDisposition);

        using var download = await _client.GetAsync("/api/diff?from=1.12&to=1.13&format=json&download=true");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("go1.12-to-go1.13.json", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal("1.13", json.RootElement.GetProperty("to").GetString());
    }

    [GoSiteFact]
    public async Task A_missing_from_is_a_400_naming_it() =>
        await _client.GetProblemAsync("/api/diff?to=1.13", HttpStatusCode.BadRequest, "'from'", "is required");

    [GoSiteFact]
    public async Task Missing_from_and_to_are_both_reported()
    {
        var problem = await _client.GetProblemAsync("/api/diff", HttpStatusCode.BadRequest, "'from'", "'to'");
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
    }

    [GoSiteFact]
    public async Task A_malformed_version_is_a_400() =>
        await _client.GetProblemAsync("/api/diff?from=1.x&to=1.13", HttpStatusCode.BadRequest, "from=1.x", "not a Go version");

    [GoSiteTheory]
    [InlineData("/api/diff?from=1.12&to=1.99", "to=1.99")]
    [InlineData("/api/diff?from=1.99&to=1.12", "from=1.99")]
    [InlineData("/api/diff?from=1.12&to=1.99&format=md", "to=1.99")]
    public async Task An_unknown_version_is_a_404_naming_it(string url, string fragment) =>
        await _client.GetProblemAsync(url, HttpStatusCode.NotFound, fragment, "does not exist");

    [GoSiteFact]
    public async Task An_unknown_format_is_a_400_listing_the_formats() =>
        await _client.GetProblemAsync("/api/diff?from=1.12&to=1.13&format=pdf", HttpStatusCode.BadRequest, "format=pdf", "csv, html, json, md");

    [GoSiteFact]
    public async Task Diff_1_11_to_1_21_says_the_downloads_data_ends_instead_of_reporting_every_file_gone()
    {
        var diff = await _client.GetJsonAsync("/api/diff?from=1.11&to=1.21");

        Assert.Empty(diff.GetProperty("distribution").EnumerateArray());
        var note = Assert.Single(diff.GetProperty("coverage").EnumerateArray(), c => c.Str("source") == "downloads");
        Assert.Equal("1.21.0", note.Str("version"));
        Assert.Contains("ends at go1.17.3", note.Str("note"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, diff.GetProperty("narrowedTo").ValueKind);
    }

    [GoSiteFact]
    public async Task Targets_and_breaking_narrow_the_diff_and_name_what_each_target_loses()
    {
        var whole = await _client.GetJsonAsync("/api/diff?from=1.11&to=1.21");
        var narrowed = await _client.GetJsonAsync("/api/diff?from=1.11&to=1.21&targets=linux/amd64,windows-7,macos-10.12&breaking=true");

        var facts = narrowed.GetProperty("facts").EnumerateArray().ToList();
        Assert.True(facts.Count < whole.GetProperty("facts").GetArrayLength());
        Assert.All(facts, f => Assert.True(f.GetProperty("breaking").GetBoolean()));
        Assert.DoesNotContain(facts, f => f.Str("port") is { } port && !port.StartsWith("linux/", StringComparison.Ordinal)
            && !port.StartsWith("windows/", StringComparison.Ordinal) && !port.StartsWith("darwin/", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Str("kind") == "removal");

        var narrowing = narrowed.GetProperty("narrowedTo");
        Assert.True(narrowing.GetProperty("breakingOnly").GetBoolean());
        Assert.Equal(["linux/amd64", "Windows 7", "macOS 10.12"], narrowing.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        var losses = narrowing.GetProperty("targetLosses").EnumerateArray().ToDictionary(l => l.Str("target")!, l => l.Str("version"));
        Assert.Equal("1.21", losses["Windows 7"]);
        Assert.Equal("1.17", losses["macOS 10.12"]);
        Assert.False(losses.ContainsKey("linux/amd64"));
    }

    [GoSiteFact]
    public async Task An_unreadable_target_is_a_400_naming_it() =>
        await _client.GetProblemAsync("/api/diff?from=1.11&to=1.21&targets=linux/amd64,nowhere", HttpStatusCode.BadRequest, "targets=", "“nowhere” is not a target");

    [GoSiteFact]
    public async Task A_narrowed_markdown_export_leads_with_the_targets()
    {
        var response = await _client.GetAsync("/api/diff?from=1.11&to=1.21&format=md&targets=macos-10.12");
        var md = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(md.IndexOf("## Your targets", StringComparison.Ordinal) < md.IndexOf("## OS support ended", StringComparison.Ordinal));
        Assert.Contains("- macOS 10.12: Go 1.17 drops it", md, StringComparison.Ordinal);
    }
}
