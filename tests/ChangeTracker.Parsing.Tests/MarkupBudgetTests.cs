using System.Diagnostics;
using System.Text;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;

namespace ChangeTracker.Parsing.Tests;

public sealed class MarkupBudgetTests
{
    private static readonly MarkupBudget Budget = MarkupBudget.Default;

    [GoSiteFact]
    public void Every_page_of_the_go_dev_copy_is_within_the_default_budget()
    {
        var pages = Directory.EnumerateFiles(GoSite.Require(), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Null(Budget.Problem(File.ReadAllText(page))));
    }

    [Fact]
    public void A_page_of_100000_nested_elements_is_refused_at_once_naming_the_limit()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000)));
        var clock = Stopwatch.StartNew();

        var result = ReleaseNotesParser.Parse(html, GoVersion.Parse("1.12"));

        Assert.False(result.IsSuccess);
        Assert.Contains("nests elements more than 256 deep (ChangeTracker:Parsing:MaxDepth)", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refusing took {clock.Elapsed}"); // a bound, not a benchmark: parsing it took ~45 s
    }

    [Fact]
    public void Too_many_elements_are_refused_even_when_flat()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<span>x</span>", 250_000)));
        Assert.Equal("page has more than 200,000 elements (ChangeTracker:Parsing:MaxElements)", Budget.Problem(html));
    }

    [Theory]
    [InlineData("<p>one<p>two<p>three")]                                   // closed by siblings
    [InlineData("<ul><li>a<li>b<li>c</ul>")]
    [InlineData("<br><br/><img src=x><hr>")]                                // void elements
    [InlineData("<div title=\"a > b\"><span>'>'</span></div>")]            // '>' inside a quoted value
    [InlineData("<!-- <div><div><div> --><script>if (a<b) { '<div>' }</script>")]
    [InlineData("<svg><path d='M0 0'/><path/></svg>")]                      // self-closing
    public void Markup_that_does_not_nest_is_not_counted_as_depth(string body)
    {
        var shallow = new MarkupBudget(1000, 6); // html, body, main, article, then two levels of the body's own
        Assert.Null(shallow.Problem(Page(body)));
    }

    [Fact]
    public void Unclosed_divs_count_as_depth()
    {
        Assert.Equal("page nests elements more than 3 deep (ChangeTracker:Parsing:MaxDepth)", new MarkupBudget(1000, 3).Problem("<div><div><div><div>x"));
    }

    private static string Page(string body) => new StringBuilder("<html><body><main id=\"main-content\"><article>")
        .Append(body).Append("</article></main></body></html>").ToString();
}
