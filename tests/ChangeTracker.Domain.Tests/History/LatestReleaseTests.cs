using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Tests.History;

public class LatestReleaseTests
{
    private static GoVersion V(string text) => GoVersion.Parse(text);

    private static MinorRevision Revision(string version, bool shouldNotBeUsed = false) =>
        new(V(version), shouldNotBeUsed ? null : new DateOnly(2020, 1, 1), "", false, [], shouldNotBeUsed);

    [Theory]
    [InlineData("1.27", "1.27.0")]
    [InlineData("1.21", "1.21.0")]
    [InlineData("1.20", "1.20")]
    [InlineData("1.12", "1.12")]
    [InlineData("1", "1")]
    public void A_line_without_minor_revisions_is_at_its_first_release(string line, string expected) =>
        Assert.Equal(expected, LatestRelease.Of(V(line), Array.Empty<MinorRevision>()).ToString());

    [Fact]
    public void The_newest_revision_of_the_line_is_the_latest_whatever_the_order()
    {
        var revisions = new[] { Revision("1.12.2"), Revision("1.12.10"), Revision("1.12.1"), Revision("1.13.1") };
        Assert.Equal(V("1.12.10"), LatestRelease.Of(V("1.12"), revisions));
        Assert.Equal(V("1.13.1"), LatestRelease.Of(V("1.13"), revisions));
        Assert.Equal(V("1.14"), LatestRelease.Of(V("1.14"), revisions));
    }

    [Fact]
    public void A_revision_that_should_not_be_used_is_never_the_latest()
    {
        Assert.Equal(V("1.7.1"), LatestRelease.Of(V("1.7"), [Revision("1.7.1"), Revision("1.7.2", shouldNotBeUsed: true)]));
        Assert.Equal(V("1.7.3"), LatestRelease.Of(V("1.7"), [Revision("1.7.1"), Revision("1.7.2", shouldNotBeUsed: true), Revision("1.7.3")]));
        Assert.Equal(V("1.30.0"), LatestRelease.Of(V("1.30"), [Revision("1.30.1", shouldNotBeUsed: true)]));
    }

    [Fact]
    public void An_exact_version_stands_for_its_line_and_prereleases_do_not_count()
    {
        var revisions = new (GoVersion, bool)[] { (V("1.21.3"), false), (V("1.22rc1"), false) };
        Assert.Equal(V("1.21.3"), LatestRelease.Of(V("1.21.1"), revisions));
        Assert.Equal("1.22.0", LatestRelease.Of(V("1.22"), revisions).ToString());
    }
}
