using System.Net;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public class SizesApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Linux_amd64_archives_grow_from_1_4_3_to_1_12_with_the_seed_figures()
    {
        var sizes = await _client.GetJsonAsync("/api/sizes?os=linux&arch=amd64&kind=archive");

        Assert.Equal("linux", sizes.Str("os"));
        Assert.Equal("amd64", sizes.Str("arch"));
        Assert.Equal("archive", sizes.Str("kind"));
        var rows = sizes.GetProperty("rows").EnumerateArray().ToList();
        var go112 = Assert.Single(rows, r => r.Str("version") == "1.12");
        Assert.Equal("go1.12.linux-amd64.tar.gz", go112.Str("filename"));
        Assert.True(go112.GetProperty("bytes").GetInt64() > 100_000_000);
        Assert.Equal(121m, go112.GetProperty("reportedMegabytes").GetDecimal());
        Assert.Contains(rows, r => r.Str("version") == "1.4.3");

        var trend = sizes.GetProperty("trend").EnumerateArray().ToList();
        Assert.Contains(trend, p => p.Str("version") == "1.12");
        Assert.All(trend.Skip(1), p => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, p.GetProperty("deltaBytes").ValueKind));
    }

    [GoSiteFact]
    public async Task The_defaults_are_linux_amd64_archive_and_reported_filters()
    {
        var sizes = await _client.GetJsonAsync("/api/sizes?reported=true");
        Assert.Equal("linux", sizes.Str("os"));
        var rows = sizes.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, r.GetProperty("reportedMegabytes").ValueKind));
    }

    [GoSiteFact]
    public async Task A_bad_kind_is_a_400_listing_the_kinds() =>
        await _client.GetProblemAsync("/api/sizes?kind=zip", HttpStatusCode.BadRequest, "kind=zip", "archive, installer, source");

    [GoSiteFact]
    public async Task A_bad_flag_is_a_400() =>
        await _client.GetProblemAsync("/api/sizes?reported=maybe", HttpStatusCode.BadRequest, "reported=maybe", "true or false");
}
