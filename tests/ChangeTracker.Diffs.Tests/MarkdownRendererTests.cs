using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class MarkdownRendererTests
{
    [Fact]
    public async Task A_small_diff_renders_exactly()
    {
        var input = new DiffInput
        {
            KnownLines = KnownLines,
            Facts = [WindowsArm, MacOs1010, Tls13],
            FromFiles = [Go111Files[0]],
            ToFiles = [Go112Files[0], Go112Files[3]],
            Revisions = [Revision("1.11.1", "2018-10-01"), Revision("1.11.3", "2018-12-12", security: true, summary: "security fixes to crypto/x509")],
        };

        var md = await RenderHelper.RenderAsync("md", DiffEngine.Compute(V("1.11"), V("1.12"), input));

        Assert.Equal("""
            # Go 1.11 → Go 1.12

            Upgrading from Go 1.11 to Go 1.12 crosses 1 major release (2 facts, 1 announcement coming next, 2 minor revisions).

            **0 breaking · 0 deprecations · 1 feature · linux/amd64 archive 100.0 MiB → 121.3 MiB (+21.3 MiB (+21.3%))**

            ## Ports added

            - **windows/arm**: Go now supports Windows 10 IoT Core on 32-bit ARM. (Go 1.12, experimental; [source](https://go.dev/doc/go1.12#windows))

            ## Coming next

            - **macOS 10.10**: Support for macOS 10.10 stops after Go 1.12. (os\_support\_ended, announced in Go 1.12, takes effect in Go 1.13; [source](https://go.dev/doc/go1.12#darwin))

            ## Features

            ### crypto/tls

            - **TLS 1.3**: TLS 1.3 (feature in 1.12). (Go 1.12; [source](https://go.dev/doc/go1.12#TLS-1.3))

            ## Distribution size changes

            | Platform | Kind | Go 1.11 | Go 1.12 | Change |
            | --- | --- | ---: | ---: | ---: |
            | aix/ppc64 | archive | — | 95.0 MiB | new |
            | linux/amd64 | archive | 100.0 MiB | 121.3 MiB | +21.3 MiB (+21.3%) |

            ## Minor revisions

            - 1.11.1 (2018-10-01): go1.11.1 includes fixes.
            - 1.11.3 (2018-12-12) **security**: security fixes to crypto/x509

            """.Replace("\r\n", "\n"), md);
    }

    [Fact]
    public async Task A_revision_that_should_not_be_used_says_so_and_has_no_date()
    {
        var md = await RenderHelper.RenderAsync("md", Go113To114WithNotForUse());

        Assert.Contains("""
            - 1.13.1 (2019-09-25) **security**: go1.13.1 includes fixes.
            - 1.13.2 (not released) **should not be used**: was tagged by mistake; skip it.
            - 1.13.3 (2019-10-17): go1.13.3 includes fixes.
            """.Replace("\r\n", "\n"), md);
    }

    [Fact]
    public async Task Sections_come_in_the_documented_order()
    {
        var md = await RenderHelper.RenderAsync("md", Diff("1.12", "1.15", Input(Go111Files, Go112Files)));

        string[] headings =
        [
            "## Ports removed", "## OS support ended", "## Removals", "## Deprecations", "## Coming next",
            "## Features", "## Distribution size changes", "## Minor revisions",
        ];
        var positions = headings.Select(h => md.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, md));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("### errors", md);
        Assert.Contains("### language", md);
        Assert.Contains("- 1.13.1 (2019-09-25) **security**", md);
    }

    [Fact]
    public async Task A_downgrade_says_so_and_names_what_is_lost()
    {
        var md = await RenderHelper.RenderAsync("md", Diff("1.12", "1.11"));

        Assert.StartsWith("# Go 1.12 → Go 1.11 (downgrade)\n", md);
        Assert.Contains("## Ports lost", md);
        Assert.Contains("## Features lost", md);
        Assert.Contains("regain", md);
    }

    [Fact]
    public async Task An_empty_diff_says_there_are_no_changes()
    {
        var md = await RenderHelper.RenderAsync("md", Diff("1.21", "1.21.0"));

        Assert.Equal("# Go 1.21 → Go 1.21.0\n\nNo changes: Go 1.21 and Go 1.21.0 are the same release.\n", md);
    }

    [Fact]
    public async Task Untrusted_text_cannot_inject_markdown_html_or_links()
    {
        var hostile = Fact(FactKind.Feature, "1.12", "x", component: "net/http",
            summary: "<script>alert(1)</script> [click](javascript:alert(1)) | *bold*",
            source: "javascript:alert(1)");
        var input = new DiffInput { KnownLines = KnownLines, Facts = [hostile] };

        var md = await RenderHelper.RenderAsync("md", DiffEngine.Compute(V("1.11"), V("1.12"), input));

        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", md); // only the escaped form
        Assert.Contains(@"\<script\>alert(1)\</script\>", md);
        Assert.Contains(@"\[click\](javascript:alert(1))", md);
        Assert.Contains(@"\| \*bold\*", md);
        Assert.Contains("source: javascript:alert(1)", md);
    }

    [Fact]
    public void Component_less_features_are_grouped_under_other()
    {
        var f = Fact(FactKind.Feature, "1.12", "thing");
        var diff = DiffEngine.Compute(V("1.11"), V("1.12"), new DiffInput { KnownLines = KnownLines, Facts = [f] });

        var md = Rendering.MarkdownDiffRenderer.Render(diff).ToString();
        Assert.Contains("### Other\n", md);
        Assert.Equal(GoVersion.Parse("1.12"), diff.Facts[0].Version);
    }
}
