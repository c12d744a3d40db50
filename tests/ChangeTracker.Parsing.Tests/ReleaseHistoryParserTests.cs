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
        Assert.Empty(warnings);
        Assert.Equal(6, history.Revisions.Count);
    }

    [Fact]
    public void A_revision_flagged_not_to_be_used_is_kept_with_its_flag_and_no_date()
    {
        var history = Parse(out var warnings);
        var flagged = Assert.Single(history.Revisions, r => r.ShouldNotBeUsed);
        Assert.Equal(GoVersion.Parse("1.98.2"), flagged.Version);
        Assert.Null(flagged.Date);
        Assert.StartsWith("should not be used. Its tag was pushed by mistake", flagged.Summary);
        Assert.False(flagged.Security);
        Assert.Empty(flagged.Components);
        Assert.DoesNotContain(warnings, w => w.Contains("go1.98.2"));
        Assert.All(history.Revisions.Where(r => !r.ShouldNotBeUsed), r => Assert.NotNull(r.Date));
        Assert.Equal(["1.98.1", "1.98.2", "1.98.3"], history.Revisions.Where(r => r.Version.Line == GoVersion.Parse("1.98")).Select(r => r.Version.ToString()));
    }

    [Fact]
    public void A_flagged_revision_keeps_a_date_when_the_history_gives_one()
    {
        var result = ReleaseHistoryParser.Parse("""
            <html><body><article>
            <h2 id="go1.97">go1.97 (released 2029-08-01)</h2>
            <p id="go1.97.1">go1.97.1 (released 2029-09-02) should not be used: a packaging slip broke its archives.</p>
            </article></body></html>
            """);
        var flagged = Assert.Single(result.GetValueOrThrow().Revisions);
        Assert.True(flagged.ShouldNotBeUsed);
        Assert.Equal(new DateOnly(2029, 9, 2), flagged.Date);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_page_without_releases_fails()
    {
        var result = ReleaseHistoryParser.Parse("<html><body><article><h1>Release History</h1><p>nothing</p></article></body></html>");
        Assert.False(result.IsSuccess);
        Assert.Contains("no major releases", result.Error);
    }
}
