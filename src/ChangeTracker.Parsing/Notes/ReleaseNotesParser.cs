using AngleSharp.Html.Parser;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing;

/// <summary>
/// Parses a release-notes page (go.dev/doc/go1.N) in either rendering: today's Markdown output
/// (minor library changes as &lt;h4&gt;&lt;a href=/pkg/…&gt; headings, or &lt;dl&gt;&lt;dt&gt; without ids since 1.22)
/// and the pre-2023 HTML (&lt;dl id=pkg&gt;&lt;dt&gt;…&lt;dd&gt;, or &lt;ul&gt;&lt;li&gt; entries up to Go 1.6).
/// </summary>
/// <remarks>
/// Sections: every h2–h6 in the article (not the h1 title), plus a leading Introduction section for
/// content before the first heading. Items: one per paragraph, list entry (of a list directly under the
/// section), code block, table or loose text run; in the minor library changes exactly one per package
/// entry (a package heading's content, a &lt;dt&gt; with its &lt;dd&gt;s, or a list entry naming a package).
/// </remarks>
public static class ReleaseNotesParser
{
    public const string PublicBaseUrl = "https://go.dev";

    /// <summary>Parses the page once it is within <paramref name="budget"/> (<see cref="MarkupBudget.Default"/> when null).</summary>
    public static ParseResult<ReleaseNotes> Parse(string html, GoVersion version, MarkupBudget? budget = null)
    {
        try
        {
            return ParseCore(html, version, budget ?? MarkupBudget.Default);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult<ReleaseNotes>.Failure($"release notes for {version.ToTag()} could not be parsed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ParseResult<ReleaseNotes> ParseCore(string html, GoVersion version, MarkupBudget budget)
    {
        if (BodyChecks.HtmlProblem(html, budget) is { } problem)
            return ParseResult<ReleaseNotes>.Failure(problem);

        var document = new HtmlParser().ParseDocument(html);
        var article = document.QuerySelector("main#main-content article")
            ?? document.QuerySelector("article")
            ?? document.QuerySelector("main#main-content");
        if (article is null)
            return ParseResult<ReleaseNotes>.Failure("page has no article element");

        var warnings = new List<string>();
        var blocks = NotesBlockWalker.Walk(article, out var h1);
        var pageUrl = $"{PublicBaseUrl}/doc/{version.Line.ToTag()}";
        var builder = new NotesBuilder(pageUrl, warnings);
        foreach (var block in blocks) builder.Add(block);
        var sections = builder.Build();

        string title;
        if (h1 is null)
        {
            title = $"Go {version} Release Notes";
            warnings.Add("page has no h1 title; using the version instead");
        }
        else
        {
            title = PlainText.Normalize(h1.TextContent);
            if (!title.Contains(version.Line.ToString(), StringComparison.Ordinal))
                warnings.Add($"title '{title}' does not name version {version.Line}");
        }

        var notes = new ReleaseNotes(version, title, sections);
        if (!notes.Items.Any())
            return ParseResult<ReleaseNotes>.Failure("page has no release-notes items: the article holds no paragraphs, list entries or package entries");
        return ParseResult<ReleaseNotes>.Success(notes, warnings);
    }
}
