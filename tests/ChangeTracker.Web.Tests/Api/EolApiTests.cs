using System.Text.Json;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public sealed class EolApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task Every_release_carries_its_end_of_life_latest_revision_and_its_date()
    {
        var versions = (await _client.GetItemsAsync("/api/versions?limit=1000")).ToDictionary(v => v.Str("version")!);

        var go112 = versions["1.12"];
        Assert.Equal(versions["1.14"].Str("releaseDate"), go112.Str("eol"));
        var release = await _client.GetJsonAsync("/api/versions/1.12");
        var latest = release.GetProperty("revisions").EnumerateArray().Single(r => r.Str("version") == go112.Str("latestRevision"));
        Assert.Equal(latest.Str("date"), go112.Str("latestRevisionDate"));

        var newestTwo = versions.Values.OrderByDescending(v => Domain.Versions.GoVersion.Parse(v.Str("version")!)).Take(2);
        Assert.All(newestTwo, v => Assert.Equal(JsonValueKind.Null, v.GetProperty("eol").ValueKind));
    }

    [GoSiteFact]
    public async Task The_endoflife_shape_is_derived_from_the_release_history_newest_first()
    {
        var cycles = (await _client.GetJsonAsync("/api/eol/go.json")).EnumerateArray().ToList();
        var versions = (await _client.GetItemsAsync("/api/versions?limit=1000")).Where(v => v.Str("releaseDate") is not null).ToList();

        Assert.Equal(versions.Count, cycles.Count);
        Assert.All(cycles, c => Assert.Equal(["cycle", "releaseDate", "eol", "latest", "latestReleaseDate", "lts"], c.EnumerateObject().Select(p => p.Name)));
        Assert.All(cycles, c => Assert.False(c.GetProperty("lts").GetBoolean()));
        Assert.Equal(versions.Last().Str("version"), cycles[0].Str("cycle"));
        Assert.Equal(JsonValueKind.False, cycles[0].GetProperty("eol").ValueKind);
        Assert.Equal(JsonValueKind.False, cycles[1].GetProperty("eol").ValueKind);
        Assert.Equal(cycles[2].Str("releaseDate") is null ? null : cycles[0].Str("releaseDate"), cycles[2].Str("eol"));

        var go112 = cycles.Single(c => c.Str("cycle") == "1.12");
        var go114 = cycles.Single(c => c.Str("cycle") == "1.14");
        Assert.Equal(go114.Str("releaseDate"), go112.Str("eol"));
        Assert.StartsWith("1.12.", go112.Str("latest"));
        Assert.True(string.CompareOrdinal(go112.Str("latestReleaseDate"), go112.Str("releaseDate")) > 0);
    }
}
