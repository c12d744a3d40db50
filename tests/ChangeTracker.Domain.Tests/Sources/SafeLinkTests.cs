using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Domain.Tests.Sources;

public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("https://go.dev/doc/go1.12#darwin", "https://go.dev/doc/go1.12#darwin")]
    [InlineData("http://example.com/a b", "http://example.com/a%20b")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<b>x</b>", null)]
    [InlineData("/doc/go1.12", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_absolute_http_addresses_become_links(string? url, string? expected) =>
        Assert.Equal(expected, SafeLink.Href(url));
}
