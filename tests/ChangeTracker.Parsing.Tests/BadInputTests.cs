using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing.Tests;

public class BadInputTests
{
    public static TheoryData<string, string> HtmlBodies => new()
    {
        { "", "body is empty" },
        { "   \n\t ", "body is empty" },
        { "[{\"version\":\"go1.12\"}]", "not HTML" },
        { "just some words", "not HTML" },
        { "<html><body><p>An invented page without its article.</p></body></html>", "" },
    };

    [Theory]
    [MemberData(nameof(HtmlBodies))]
    public void Notes_parser_fails_with_a_message(string body, string expected)
    {
        var result = ReleaseNotesParser.Parse(body, GoVersion.Parse("1.12"));
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Notes_page_without_article_says_so()
    {
        var result = ReleaseNotesParser.Parse("<html><body><p>An invented page without its article.</p></body></html>", GoVersion.Parse("1.12"));
        Assert.Equal("page has no article element", result.Error);
    }

    [Theory]
    [MemberData(nameof(HtmlBodies))]
    public void History_parser_fails_with_a_message(string body, string expected)
    {
        var result = ReleaseHistoryParser.Parse(body);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error);
    }

    [Theory]
    [MemberData(nameof(HtmlBodies))]
    public void Downloads_html_parser_fails_with_a_message(string body, string expected)
    {
        var result = DownloadsHtmlParser.Parse(body);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("<html><body>not json</body></html>")]
    [InlineData("hello")]
    public void Downloads_json_parser_fails_with_a_message(string body)
    {
        var result = DownloadsJsonParser.Parse(body);
        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Theory]
    [InlineData("notes-current.html")]
    [InlineData("notes-historic.html")]
    [InlineData("history.html")]
    [InlineData("downloads.html")]
    public void Html_cut_in_half_is_reported_as_truncated(string fixture)
    {
        var body = Fixture.Read(fixture);
        var half = body[..(body.Length / 2)];
        Assert.Contains("truncated", ReleaseNotesParser.Parse(half, GoVersion.Parse("1.99")).Error);
        Assert.Contains("truncated", ReleaseHistoryParser.Parse(half).Error);
        Assert.Contains("truncated", DownloadsHtmlParser.Parse(half).Error);
    }

    [Fact]
    public void Json_cut_in_half_is_reported_as_truncated()
    {
        var body = Fixture.Read("downloads.json");
        var result = DownloadsJsonParser.Parse(body[..(body.Length / 2)]);
        Assert.False(result.IsSuccess);
        Assert.Contains("truncated", result.Error);
    }

    [Fact]
    public void Success_and_failure_hold_what_they_say()
    {
        var ok = ParseResult<string>.Success("v", ["w"]);
        Assert.True(ok.IsSuccess);
        Assert.Equal("v", ok.GetValueOrThrow());
        Assert.Equal(["w"], ok.Warnings);
        var bad = ParseResult<string>.Failure("why");
        Assert.False(bad.IsSuccess);
        Assert.Empty(bad.Warnings);
        Assert.Equal("why", Assert.Throws<InvalidOperationException>(() => bad.GetValueOrThrow()).Message);
    }
}
