using System.Text.Json;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class JsonContractTests
{
    private static readonly string[] TopLevel = ["from", "to", "downgrade", "facts", "comingNext", "distribution", "revisions", "coverage", "narrowedTo"];

    private static readonly string[] FactFields =
    [
        "id", "kind", "version", "lastVersion", "announcedIn", "effectiveVersion", "subject", "os", "osVersion", "port",
        "renamedTo", "experimental", "area", "minimum", "godebug", "symbols", "component", "category",
        "breaking", "tentative", "status", "resolvedIn", "summary", "source", "evidence",
    ];

    private static readonly string[] DistributionFields = ["os", "arch", "kind", "fromFile", "fromBytes", "toFile", "toBytes", "deltaBytes"];
    private static readonly string[] RevisionFields = ["version", "date", "security", "shouldNotBeUsed"];

    private static async Task<JsonElement> RenderAsync(VersionDiff diff)
    {
        var json = await RenderHelper.RenderAsync("json", diff);
        return JsonDocument.Parse(json).RootElement;
    }

    private static void AssertFields(JsonElement obj, string[] expected) =>
        Assert.Equal(expected, obj.EnumerateObject().Select(p => p.Name));

    [Fact]
    public async Task Every_field_is_present_with_its_contract_name()
    {
        var root = await RenderAsync(Go111To112());

        AssertFields(root, TopLevel);
        Assert.Equal("1.11", root.GetProperty("from").GetString());
        Assert.Equal("1.12", root.GetProperty("to").GetString());
        Assert.False(root.GetProperty("downgrade").GetBoolean());
        Assert.Equal(6, root.GetProperty("facts").GetArrayLength());
        Assert.Equal(2, root.GetProperty("comingNext").GetArrayLength());
        Assert.All(root.GetProperty("facts").EnumerateArray(), f => AssertFields(f, FactFields));
        Assert.All(root.GetProperty("comingNext").EnumerateArray(), f => AssertFields(f, FactFields));
        Assert.All(root.GetProperty("distribution").EnumerateArray(), d => AssertFields(d, DistributionFields));
        Assert.All(root.GetProperty("revisions").EnumerateArray(), r => AssertFields(r, RevisionFields));
    }

    [Fact]
    public async Task Null_values_are_written_not_omitted()
    {
        var root = await RenderAsync(Go111To112());

        var port = root.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("subject").GetString() == "windows/arm");
        Assert.Equal(JsonValueKind.Null, port.GetProperty("component").ValueKind);
        Assert.Equal(JsonValueKind.Null, port.GetProperty("lastVersion").ValueKind);
        Assert.Equal(JsonValueKind.Null, port.GetProperty("announcedIn").ValueKind);
        Assert.Equal(JsonValueKind.Null, port.GetProperty("os").ValueKind);
        Assert.True(port.GetProperty("experimental").GetBoolean());

        var added = root.GetProperty("distribution").EnumerateArray().First(d => d.GetProperty("os").GetString() == "aix");
        Assert.Equal(JsonValueKind.Null, added.GetProperty("fromFile").ValueKind);
        Assert.Equal(JsonValueKind.Null, added.GetProperty("fromBytes").ValueKind);
        Assert.Equal(JsonValueKind.Null, added.GetProperty("deltaBytes").ValueKind);
        Assert.Equal(95 * MiB, added.GetProperty("toBytes").GetInt64());
    }

    [Fact]
    public async Task Values_use_contract_names_and_versions_without_prefix()
    {
        var root = await RenderAsync(Go111To112());

        var macos = root.GetProperty("comingNext").EnumerateArray().First(f => f.GetProperty("subject").GetString() == "macOS 10.10");
        Assert.Equal("os_support_ended", macos.GetProperty("kind").GetString());
        Assert.Equal("1.13", macos.GetProperty("version").GetString());
        Assert.Equal("1.12", macos.GetProperty("lastVersion").GetString());
        Assert.Equal("1.12", macos.GetProperty("announcedIn").GetString());
        Assert.Equal("macOS", macos.GetProperty("os").GetString());
        Assert.Equal("10.10", macos.GetProperty("osVersion").GetString());
        Assert.Equal("https://go.dev/doc/go1.12#darwin", macos.GetProperty("source").GetString());

        var linux = root.GetProperty("distribution").EnumerateArray().First(d => d.GetProperty("os").GetString() == "linux");
        Assert.Equal("amd64", linux.GetProperty("arch").GetString());
        Assert.Equal("archive", linux.GetProperty("kind").GetString());
        Assert.Equal("go1.11.linux-amd64.tar.gz", linux.GetProperty("fromFile").GetString());
        Assert.Equal(100 * MiB, linux.GetProperty("fromBytes").GetInt64());
        Assert.Equal((long)(121.3 * MiB) - 100 * MiB, linux.GetProperty("deltaBytes").GetInt64());

        var revision = root.GetProperty("revisions")[2];
        Assert.Equal("1.11.3", revision.GetProperty("version").GetString());
        Assert.Equal("2018-12-12", revision.GetProperty("date").GetString());
        Assert.True(revision.GetProperty("security").GetBoolean());
        Assert.False(revision.GetProperty("shouldNotBeUsed").GetBoolean());

        var json = await RenderHelper.RenderAsync("json", Go111To112());
        Assert.DoesNotContain("\"go1.", json.Replace("\"go1.11.", "").Replace("\"go1.12.", "")); // only file names carry the prefix
    }

    [Fact]
    public async Task A_revision_that_should_not_be_used_has_the_flag_and_a_null_date()
    {
        var root = await RenderAsync(Go113To114WithNotForUse());

        var revisions = root.GetProperty("revisions").EnumerateArray().ToList();
        Assert.All(revisions, r => AssertFields(r, RevisionFields));
        var flagged = Assert.Single(revisions, r => r.GetProperty("shouldNotBeUsed").GetBoolean());
        Assert.Equal("1.13.2", flagged.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, flagged.GetProperty("date").ValueKind);
        Assert.False(flagged.GetProperty("security").GetBoolean());
        Assert.Equal("2019-10-17", revisions[2].GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_downgrade_is_flagged_and_an_empty_diff_has_empty_arrays()
    {
        var down = await RenderAsync(Diff("1.21.0", "1.20"));
        Assert.True(down.GetProperty("downgrade").GetBoolean());
        Assert.Equal("1.21.0", down.GetProperty("from").GetString());
        Assert.Equal("1.20", down.GetProperty("to").GetString());

        var empty = await RenderAsync(Diff("1.12", "1.12"));
        AssertFields(empty, TopLevel);
        foreach (var array in new[] { "facts", "comingNext", "distribution", "revisions" })
            Assert.Equal(0, empty.GetProperty(array).GetArrayLength());
    }

    [Fact]
    public void The_dto_round_trips_through_the_contract_options()
    {
        var dto = Go111To112().ToDto();
        var json = JsonSerializer.Serialize(dto, ChangeTracker.Domain.Facts.ContractJson.Options);
        var back = JsonSerializer.Deserialize<Json.DiffJson>(json, ChangeTracker.Domain.Facts.ContractJson.Options)!;

        Assert.Equal(dto.From, back.From);
        Assert.Equal(JsonSerializer.Serialize(dto.Facts, ChangeTracker.Domain.Facts.ContractJson.Options),
            JsonSerializer.Serialize(back.Facts, ChangeTracker.Domain.Facts.ContractJson.Options));
        Assert.Equal(dto.Distribution, back.Distribution);
        Assert.Equal(dto.Revisions, back.Revisions);
    }
}
