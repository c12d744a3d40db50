using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Queries.Search;

/// <summary>
/// Questions a Go team asks, in our own words, with the release whose item answers them and a few words that item
/// holds. The answering item must be among the first three hits.
/// </summary>
public sealed class SearchRankingTests(IngestedGoSite site) : IClassFixture<IngestedGoSite>
{
    public static TheoryData<string, string, string> Questions => new()
    {
        { "TLS 1.3 default", "1.13", "tls 1.3 in the crypto/tls package by default" },
        { "GOPATH modules default", "1.16|1.13", "module-aware mode is enabled by default|go111module" },
        { "vet shadow", "1.12", "-shadow option is no longer available" },
        { "Windows XP", "1.10", "windows xp" },
        { "loop variable per iteration", "1.22", "each iteration" },
        { "generics", "1.18", "type parameters" },
        { "embed files", "1.16", "embed package" },
        { "range over function iterators", "1.23", "iterator" },
        { "min max builtins", "1.21", "min and max" },
        { "binary-only packages", "1.13|1.12", "binary-only packages" },
        { "macOS 10.10", "1.12", "macos 10.10" },
        { "io/ioutil deprecated", "1.16", "ioutil" },
        { "structured logging", "1.21", "structured logging" },
        { "profile-guided optimization", "1.21|1.20", "pgo" },
        { "SHA-1 certificates", "1.18", "sha-1" },
        { "WebAssembly port", "1.11", "webassembly" },
        { "module graph pruning", "1.17", "module graph" },
        { "go work workspace", "1.18", "workspace" },
        { "monotonic time", "1.9", "monotonic" },
        { "sort slice less function", "1.8", "slice" },
        { "HTTP/2 server push", "1.8", "push" },
        { "plugin build mode", "1.8", "plugin" },
        { "SSLv3 removed", "1.14", "sslv3" },
        { "32-bit macOS", "1.14|1.15", "32-bit binaries on macos" },
        { "error wrapping", "1.13", "wrap" },
        { "context package", "1.7", "context" },
        { "GOAMD64", "1.18", "goamd64" },
    };

    [GoSiteTheory]
    [MemberData(nameof(Questions))]
    public async Task The_answering_item_is_in_the_top_three(string question, string versions, string words)
    {
        var hits = await site.App.Get<SearchQuery>().SearchAsync(question, 3, CancellationToken.None);
        var texts = await TextsAsync(hits);
        var answered = hits.Any(h => versions.Split('|').Contains(h.Version)
            && words.Split('|').Any(w => texts[h.ItemId].Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.True(answered, $"\"{question}\" → " + string.Join(" ; ", hits.Select(h => $"{h.Version}: {Cut(texts[h.ItemId])}")));
    }

    [GoSiteFact]
    public async Task Items_holding_every_word_come_before_items_holding_some()
    {
        var hits = await site.App.Get<SearchQuery>().SearchAsync("SSLv3 zzzunknownword", 5, CancellationToken.None);
        Assert.NotEmpty(hits); // no item holds both words, so the hits are those holding one of them
        Assert.All(hits, h => Assert.Contains("SSLv3", h.PlainSnippet, StringComparison.OrdinalIgnoreCase));
    }

    [GoSiteFact]
    public async Task Matches_are_marked_in_the_snippet_and_control_characters_in_the_query_are_ignored()
    {
        var hits = await site.App.Get<SearchQuery>().SearchAsync("TLS\u0002 1.3\u0003\u0007", 3, CancellationToken.None);
        Assert.NotEmpty(hits);
        Assert.Contains("<mark>TLS</mark>", hits[0].SnippetHtml);
        Assert.All(hits, h => Assert.DoesNotContain('\u0007', h.Snippet));
        Assert.All(hits, h => Assert.Equal(h.SnippetHtml.Split("<mark>").Length, h.SnippetHtml.Split("</mark>").Length));
    }

    private async Task<Dictionary<long, string>> TextsAsync(IReadOnlyList<SearchHit> hits)
    {
        var ids = hits.Select(h => h.ItemId).ToList();
        await using var db = await site.App.DbAsync();
        return await db.Items.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Text);
    }

    private static string Cut(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
