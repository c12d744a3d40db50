using System.Text.Json;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using Xunit;

namespace ChangeTracker.Facts.Tests;

/// <summary>The facts JSON contract of DESIGN.md: every field present under its fixed name, unknown values as null.</summary>
public sealed class FactJsonContractTests
{
    private static readonly string[] ContractFields =
    [
        "id", "kind", "version", "lastVersion", "announcedIn", "effectiveVersion", "subject", "os", "osVersion", "port",
         "renamedTo", "experimental", "area", "minimum", "godebug", "symbols", "component", "category",
         "breaking", "tentative", "status", "resolvedIn", "summary", "source", "evidence",
    ];

    [Fact]
    public void A_fact_serializes_with_every_contract_field_and_nulls_written()
    {
        var fact = new Fact
        {
            Kind = FactKind.OsSupportEnded,
            Version = GoVersion.Parse("1.13"),
            LastVersion = GoVersion.Parse("1.12"),
            AnnouncedIn = GoVersion.Parse("1.12"),
            Subject = "macOS 10.10",
            Os = "macOS",
            OsVersion = "10.10",
            Category = "ports",
            Summary = "A sentence of our own.",
            Source = "https://go.dev/doc/go1.12#darwin",
            Evidence = "A sentence of our own.",
        };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(FactDto.From(fact), ContractJson.Options));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(ContractFields, f => Assert.Contains(f, names));

        var root = json.RootElement;
        Assert.Equal("os_support_ended", root.GetProperty("kind").GetString());
        Assert.Equal("1.13", root.GetProperty("version").GetString());
        Assert.Equal("1.12", root.GetProperty("lastVersion").GetString());
        Assert.Equal("1.12", root.GetProperty("announcedIn").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("port").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("component").ValueKind);
        Assert.Equal("https://go.dev/doc/go1.12#darwin", root.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("symbols").ValueKind);
        Assert.Equal(0, root.GetProperty("symbols").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("status").ValueKind);
        Assert.False(root.GetProperty("tentative").GetBoolean());
    }

    [Fact]
    public void Versions_are_written_without_the_go_prefix_in_their_canonical_form()
    {
        var fact = new Fact { Kind = FactKind.Feature, Version = GoVersion.Parse("go1.21"), Subject = "x", Summary = "s", Source = "u", Evidence = "e" };
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(FactDto.From(fact), ContractJson.Options));
        Assert.Equal("1.21", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("lastVersion").ValueKind);
    }
}
