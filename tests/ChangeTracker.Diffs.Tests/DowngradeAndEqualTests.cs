using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class DowngradeAndEqualTests
{
    [Theory]
    [InlineData("1.11", "1.13")]
    [InlineData("1.11.5", "1.12")]
    [InlineData("1.10", "1.15")]
    [InlineData("1.20", "1.22")]
    public void A_downgrade_has_the_same_facts_and_is_flagged(string lower, string upper)
    {
        var up = Diff(lower, upper);
        var down = Diff(upper, lower);

        Assert.True(down.IsDowngrade);
        Assert.False(up.IsDowngrade);
        Assert.Equal(V(upper), down.From);
        Assert.Equal(V(lower), down.To);
        Assert.NotEmpty(down.Facts);
        Assert.Equal(up.Facts, down.Facts);
        Assert.Equal(up.ComingNext, down.ComingNext);
        Assert.Equal(up.Revisions, down.Revisions);
        Assert.Equal(up.MajorsCrossed, down.MajorsCrossed);
        Assert.Equal(V(lower), down.Lower);
        Assert.Equal(V(upper), down.Upper);
    }

    [Fact]
    public void A_downgrades_distribution_goes_from_the_higher_release_to_the_lower()
    {
        var down = DiffEngine.Compute(V("1.12"), V("1.11"), Input(from: Go112Files, to: Go111Files));

        var linux = Assert.Single(down.Distribution, r => r.Os == "linux");
        Assert.Equal("go1.12.linux-amd64.tar.gz", linux.FromFile);
        Assert.Equal("go1.11.linux-amd64.tar.gz", linux.ToFile);
        Assert.True(linux.DeltaBytes < 0);
        Assert.True(Assert.Single(down.Distribution, r => r.Os == "aix").IsRemoved);
    }

    [Theory]
    [InlineData("1.12", "1.12")]
    [InlineData("go1.12", "1.12.0")]
    [InlineData("1.12.5", "1.12.5")]
    [InlineData("1.21", "1.21.0")]
    public void Equal_versions_give_an_empty_diff(string a, string b)
    {
        var diff = Diff(a, b, Input(Go111Files, Go111Files));

        Assert.True(diff.IsEmpty);
        Assert.False(diff.IsDowngrade);
        Assert.Empty(diff.Facts);
        Assert.Empty(diff.ComingNext);
        Assert.Empty(diff.Distribution);
        Assert.Empty(diff.Revisions);
        Assert.Equal(V(a), diff.From);
    }
}
