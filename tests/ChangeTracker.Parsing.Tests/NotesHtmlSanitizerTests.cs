using ChangeTracker.Testing;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing.Tests;

public class NotesHtmlSanitizerTests
{
    [Fact]
    public void Strips_scripts_event_handlers_and_javascript_links()
    {
        var html = NotesHtmlSanitizer.Sanitize(
            "<p>Hi<script>alert(1)</script> <img src=\"/x.png\" onerror=\"alert(2)\"> " +
            "<a href=\"javascript:alert(3)\">bad</a> <a href=\"/pkg/fmt/\" onclick=\"alert(4)\">fmt</a></p>");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://go.dev/pkg/fmt/\"", html);
        Assert.Contains("src=\"https://go.dev/x.png\"", html);
    }

    [Fact]
    public void Removes_comments_and_keeps_code()
    {
        var html = NotesHtmlSanitizer.Sanitize("<p><!-- CL 1 -->Use <code>go vet</code>.</p>");
        Assert.Equal("<p>Use <code>go vet</code>.</p>", html);
    }

    [Fact]
    public void Hostile_markup_inside_notes_never_reaches_item_html()
    {
        const string page = "<html><body><main id=\"main-content\"><article><h1>Go 1.96 Release Notes</h1>" +
            "<h2 id=\"tools\">Tools</h2><p onmouseover=\"steal()\">Invented <a href=\"javascript:steal()\">link</a>" +
            "<img src=\"x\" onerror=\"steal()\"><script>steal()</script></p></article></main></body></html>";
        var item = Assert.Single(ReleaseNotesParser.Parse(page, GoVersion.Parse("1.96")).GetValueOrThrow().Items);
        Assert.DoesNotContain("steal", item.Html);
        Assert.DoesNotContain("javascript", item.Html);
    }
}

public class NotesHtmlSanitizerBatchTests
{
    [Fact]
    public void Batch_sanitizing_cleans_each_fragment_like_one_at_a_time()
    {
        string[] fragments =
        [
            "<p>Plain <a href=\"go1.11\">link</a></p>",
            "<li>Item with <script>alert(1)</script> script</li>",
            "<p><img src=x onerror=\"alert(1)\">image</p>",
            "<pre>code &lt;here&gt;</pre>",
            "",
            "<dt>term</dt><dd><a href=\"javascript:alert(1)\">bad</a></dd>",
        ];
        var batch = NotesHtmlSanitizer.SanitizeMany(fragments, "https://go.dev/doc/go1.12");
        Assert.Equal(fragments.Select(f => NotesHtmlSanitizer.Sanitize(f, "https://go.dev/doc/go1.12")), batch);
        Assert.DoesNotContain(batch, b => b.Contains("<script") || b.Contains("onerror") || b.Contains("javascript:"));
    }

    [GoSiteTheory]
    [InlineData("doc/go1.12.html")]
    [InlineData("doc/go1.21.html")]
    [InlineData("historic/doc/go1.8.html")]
    [InlineData("historic/doc/go1.21.html")]
    public void Batch_sanitizing_a_real_page_equals_one_fragment_at_a_time(string page)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(GoSite.File(page)));
        var fragments = document.QuerySelector("article")!.Children.Select(c => c.OuterHtml).ToList();
        var batch = NotesHtmlSanitizer.SanitizeMany(fragments, "https://go.dev/doc/go1.12");
        Assert.Equal(fragments.Select(f => NotesHtmlSanitizer.Sanitize(f, "https://go.dev/doc/go1.12")), batch);
    }
}
