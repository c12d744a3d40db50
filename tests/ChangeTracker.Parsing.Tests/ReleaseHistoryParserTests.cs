using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing.Tests;

public class ReleaseHistoryParserTests
{
    private static ChangeTracker.Domain.History.ReleaseHistory Parse(out IReadOnlyList<string> warnings)
    {
        var result = ReleaseHistoryParser.Parse(Fixture.Read("history.html"));
        warnings = result.Warnings;
        return result.GetValueOrThrow();
    }

    [Fact]
    public void Majors_come_from_the_headings_with_their_dates()
    {
        var history = Parse(out _);
        Assert.Equal(["1.99", "1.98", "1"], history.Majors.Select(m => m.Version.ToString()));
        Assert.Equal(new DateOnly(2031, 2, 11), history.Majors[0].Date);
    }

    [Fact]
    public void Generated_revision_reads_date_security_and_components()
    {
        var rev = Parse(out _).Revisions.Single(r => r.Version == GoVersion.Parse("1.99.1"));
        Assert.Equal(new DateOnly(2031, 3, 4), rev.Date);
        Assert.True(rev.Security);
        Assert.Equal(["compiler", "cgo", "go command", "os", "crypto/tls", "net/http"], rev.Components);
        Assert.StartsWith("includes bug fixes to the compiler, cgo, the go command and the os package plus security fixes", rev.Summary);
        Assert.DoesNotContain("milestone", rev.Summary);
    }

    [Fact]
    public void Hand_written_revisions_are_read_too()
    {
        var history = Parse(out var warnings);
        var rev = history.Revisions.Single(r => r.Version == GoVersion.Parse("1.98.1"));
        Assert.True(rev.Security);
        Assert.Equal(["go get", "linker", "log", "time"], rev.Components);
        var plain = history.Revisions.Single(r => r.Version == GoVersion.Parse("1.99.2"));
        Assert.False(plain.Security);
        Assert.Equal(["runtime"], plain.Components);
        Assert.Contains(history.Revisions, r => r.Version == GoVersion.Parse("1.0.1"));
        Assert.Contains(warnings, w => w.Contains("go1.98.2"));
        Assert.Equal(4, history.Revisions.Count);
    }

    [Fact]
    public void A_page_without_releases_fails()
    {
        var result = ReleaseHistoryParser.Parse("<html><body><article><h1>Release History</h1><p>nothing</p></article></body></html>");
        Assert.False(result.IsSuccess);
        Assert.Contains("no major releases", result.Error);
    }
}
