using ChangeTracker.Domain.Facts;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class HtmlRendererTests
{
    [Fact]
    public async Task It_is_a_self_contained_document()
    {
        var html = await RenderHelper.RenderAsync("html", Go111To112());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Contains("<style>", html);
        Assert.Contains("<title>Go 1.11 → Go 1.12</title>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public async Task It_shows_sections_sizes_links_and_security()
    {
        var html = await RenderHelper.RenderAsync("html", Go111To112());

        Assert.Contains("<h2>Ports added</h2>", html);
        Assert.Contains("<details><summary>crypto/tls <span class=\"meta\">(1)</span></summary>", html);
        Assert.Contains("<h2>Coming next</h2>", html);
        Assert.Contains("<a href=\"https://go.dev/doc/go1.12#windows\" rel=\"noopener noreferrer\">source</a>", html);
        Assert.Contains("<td class=\"num\">100.0 MiB</td>", html);
        Assert.Contains("<td class=\"num grow\">+21.3 MiB (+21.3%)</td>", html);
        Assert.Contains("<td class=\"num shrink\">-1.0 MiB (-5.0%)</td>", html);
        Assert.Contains("<span class=\"security\">security</span>", html);
    }

    [Fact]
    public async Task A_revision_that_should_not_be_used_is_marked_and_has_no_date()
    {
        var html = await RenderHelper.RenderAsync("html", Go113To114WithNotForUse());

        Assert.Contains("<li><strong>1.13.2</strong> <span class=\"meta\">not released</span> <span class=\"not-for-use\">should not be used</span>: ", html);
        Assert.Contains("<li><strong>1.13.3</strong> <span class=\"meta\">2019-10-17</span>: ", html);
        Assert.Contains(".not-for-use{", html);
    }

    [Fact]
    public async Task Hostile_text_is_encoded_everywhere()
    {
        const string Script = "<script>alert(1)</script>";
        var hostile = Fact(FactKind.Feature, "1.12", Script, component: Script, summary: Script,
            source: "javascript:alert(1)");
        var hostileLink = Fact(FactKind.PortAdded, "1.12", "p", source: "https://go.dev/doc/go1.12#\"><script>alert(1)</script>");
        var input = new DiffInput
        {
            KnownLines = KnownLines,
            Facts = [hostile, hostileLink],
            Revisions = [Revision("1.11.1", "2018-10-01", summary: Script)],
        };

        var html = await RenderHelper.RenderAsync("html", DiffEngine.Compute(V("1.11"), V("1.12"), input));

        Assert.DoesNotContain(Script, html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("<details><summary>&lt;script&gt;", html);
    }

    [Fact]
    public async Task A_downgrade_is_marked()
    {
        var html = await RenderHelper.RenderAsync("html", Diff("1.12", "1.11"));

        Assert.Contains("<h1>Go 1.12 → Go 1.11 (downgrade)</h1>", html);
        Assert.Contains("<p class=\"downgrade\">", html);
        Assert.Contains("<h2>Ports lost</h2>", html);
    }
}
