using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Tests.Queries;

/// <summary>The facts query's OS filter speaks the one OS vocabulary: an OS name, an alias or a GOOS find the same facts.</summary>
public sealed class FactsQueryOsTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await using var db = await _app.DbAsync();
        db.LinkedFacts.AddRange(
            Linked(0, "1.13-darwin-os_support_ended-macos-10.10", "os_support_ended", "macOS 10.10", os: "macOS", port: null),
            Linked(1, "1.15-darwin-port_removed-darwin-386", "port_removed", "darwin/386", os: null, port: "darwin/386"),
            Linked(2, "1.13-windows-os_support_ended-windows-xp", "os_support_ended", "Windows XP", os: "Windows", port: null));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("macOS")]
    [InlineData("darwin")]
    [InlineData("OS X")]
    public async Task Every_name_of_macOS_finds_its_os_and_its_port_facts(string os)
    {
        var facts = await _app.Get<FactsQuery>().ListAsync(new FactFilter(Os: os), CancellationToken.None);
        Assert.Equal(["1.13-darwin-os_support_ended-macos-10.10", "1.15-darwin-port_removed-darwin-386"], facts.Select(f => f.Id).Order());
    }

    [Fact]
    public async Task A_filter_outside_the_vocabulary_still_matches_as_typed()
    {
        var facts = await _app.Get<FactsQuery>().ListAsync(new FactFilter(Os: "BeOS"), CancellationToken.None);
        Assert.Empty(facts);
    }

    private static LinkedFactRecord Linked(int ordinal, string id, string kind, string subject, string? os, string? port) => new()
    {
        Ordinal = ordinal, FactId = id, Kind = kind, Version = id.Split('-')[0], Subject = subject, Os = os, Port = port,
        PageVersion = id.Split('-')[0], Summary = subject, Source = "https://go.dev/doc/go" + id.Split('-')[0], Evidence = subject, Breaking = true,
    };
}
