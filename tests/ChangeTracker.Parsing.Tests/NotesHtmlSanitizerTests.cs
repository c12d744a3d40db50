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
