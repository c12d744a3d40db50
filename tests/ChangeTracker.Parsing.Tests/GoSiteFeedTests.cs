using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;

namespace ChangeTracker.Parsing.Tests;

/// <summary>Release history and downloads against the offline go.dev copy.</summary>
public class GoSiteFeedTests
{
    private static readonly Lazy<DownloadsFeed> Json = new(() =>
        DownloadsJsonParser.Parse(File.ReadAllText(GoSite.File("dl/index.json"))).GetValueOrThrow());

    [GoSiteFact]
    public void Downloads_json_has_every_release_and_file()
    {
        var feed = Json.Value;
        Assert.Equal(202, feed.Releases.Count);
        Assert.Equal(2971, feed.Files.Count());
        var linux = Assert.Single(feed.Files, f => f.Filename == "go1.12.linux-amd64.tar.gz");
        Assert.Equal(127_228_112L, linux.Size);
        Assert.Equal(("linux", "amd64", DistributionKind.Archive), (linux.Os, linux.Arch, linux.Kind));
        Assert.Equal(61_210_288L, feed.Files.Single(f => f.Filename == "go1.4.3.linux-amd64.tar.gz").Size);
        Assert.Equal(2, feed.Releases.Single(r => r.Tag == "go1").Files.Count(f => f.Os == "4"));
        Assert.Equal(234, feed.Files.Count(f => f.Size is null));
        Assert.Equal(307, feed.Files.Count(f => f.Sha256 is null));
        // go1.9.2rc2 is a real tag that Go's own version rules do not accept (a prerelease of a patch release).
        Assert.Equal(["go1.9.2rc2"], feed.Releases.Where(r => r.Version is null).Select(r => r.Tag));
        Assert.False(feed.Releases.Single(r => r.Tag == "go1.9.2rc2").Stable);
    }

    [GoSiteFact]
    public void Downloads_html_agrees_with_the_json()
    {
        var result = DownloadsHtmlParser.Parse(File.ReadAllText(GoSite.File("dl/index.html")));
        var html = result.GetValueOrThrow();
        Assert.Equal(202, html.Releases.Count);
        Assert.Equal(2971, html.Files.Count());
        DownloadsAgreement.AssertSame(Json.Value, html);
        Assert.Equal(121L << 20, html.Files.Single(f => f.Filename == "go1.12.linux-amd64.tar.gz").Size);
    }

    [GoSiteFact]
    public void History_lists_every_major_and_every_minor_revision_of_1_12()
    {
        var history = ReleaseHistoryParser.Parse(File.ReadAllText(GoSite.File("doc/devel/release.html"))).GetValueOrThrow();
        var majors = history.Majors.Select(m => m.Version).ToHashSet();
        Assert.Contains(GoVersion.Parse("go1"), majors);
        for (var n = 1; n <= 27; n++) Assert.Contains(GoVersion.Parse($"go1.{n}"), majors);
        Assert.Equal(28, history.Majors.Count);
        Assert.Equal(new DateOnly(2019, 2, 25), history.Majors.Single(m => m.Version == GoVersion.Parse("1.12")).Date);

        var r112 = history.Revisions.Where(r => r.Version.Line == GoVersion.Parse("1.12")).ToList();
        Assert.Equal(Enumerable.Range(1, 17).Select(p => $"1.12.{p}"), r112.Select(r => r.Version.ToString()));
        var first = r112[0];
        Assert.Equal(new DateOnly(2019, 3, 14), first.Date);
        Assert.False(first.Security);
        Assert.Equal(["cgo", "compiler", "go command", "fmt", "net/smtp", "os"], first.Components.Take(6));
        Assert.True(r112.Single(r => r.Version == GoVersion.Parse("1.12.2")).Security);

        foreach (var old in new[] { "1.8.7", "1.4.3", "1.2.2", "1.0.1" })
            Assert.Contains(history.Revisions, r => r.Version == GoVersion.Parse(old));
        Assert.True(history.Revisions.Single(r => r.Version == GoVersion.Parse("1.4.3")).Security);
        Assert.Contains("net/http", history.Revisions.Single(r => r.Version == GoVersion.Parse("1.4.3")).Components);
    }

    [GoSiteFact]
    public void History_keeps_go1_7_2_flagged_not_to_be_used_and_every_other_revision_dated()
    {
        var result = ReleaseHistoryParser.Parse(File.ReadAllText(GoSite.File("doc/devel/release.html")));
        var history = result.GetValueOrThrow();

        var flagged = Assert.Single(history.Revisions, r => r.ShouldNotBeUsed);
        Assert.Equal(GoVersion.Parse("1.7.2"), flagged.Version);
        Assert.Null(flagged.Date);
        Assert.False(flagged.Security);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("go1.7.2"));
        Assert.Equal(Enumerable.Range(1, 6).Select(p => $"1.7.{p}"),
            history.Revisions.Where(r => r.Version.Line == GoVersion.Parse("1.7")).Select(r => r.Version.ToString()));
        Assert.All(history.Revisions.Where(r => !r.ShouldNotBeUsed), r => Assert.True(r.Date is not null, $"{r.Version} has no date"));
        Assert.Equal(new DateOnly(2016, 10, 19), history.Revisions.Single(r => r.Version == GoVersion.Parse("1.7.3")).Date);
    }
}
