using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class UnknownVersionTests
{
    [Fact]
    public void A_missing_line_names_itself_and_its_known_neighbours()
    {
        var ex = Assert.Throws<UnknownVersionException>(() => Diff("1.12", "1.16"));

        Assert.Equal(V("1.16"), ex.Version);
        Assert.Equal(V("1.15"), ex.NearestEarlier);
        Assert.Equal(V("1.20"), ex.NearestLater);
        Assert.Contains("1.16", ex.Message);
        Assert.Contains("1.15", ex.Message);
        Assert.Contains("1.20", ex.Message);
        Assert.Contains("does not exist", ex.Message);
    }

    [Fact]
    public void A_version_after_the_last_known_names_the_latest()
    {
        var ex = Assert.Throws<UnknownVersionException>(() => Diff("1.99.1", "1.12"));

        Assert.Contains("1.99.1", ex.Message);
        Assert.Contains("1.22 (the latest known)", ex.Message);
        Assert.Null(ex.NearestLater);
    }

    [Fact]
    public void A_version_before_the_first_known_names_the_earliest()
    {
        var ex = Assert.Throws<UnknownVersionException>(() => Diff("1.9", "1.12"));

        Assert.Contains("Go 1.9 ", ex.Message);
        Assert.Contains("1.10 (the earliest known)", ex.Message);
    }

    [Fact]
    public void A_patch_release_the_history_does_not_list_is_unknown()
    {
        var ex = Assert.Throws<UnknownVersionException>(() => Diff("1.11", "1.12.99"));

        Assert.Contains("1.12.99", ex.Message);
        Assert.Contains("1.12.5", ex.Message);
        Assert.Equal(V("1.12.5"), ex.NearestEarlier);
    }

    [Fact]
    public void Equal_unknown_versions_are_still_unknown()
    {
        Assert.Throws<UnknownVersionException>(() => Diff("1.17", "1.17"));
    }

    [Fact]
    public void With_no_known_lines_every_version_is_unknown()
    {
        var ex = Assert.Throws<UnknownVersionException>(
            () => DiffEngine.Compute(V("1.11"), V("1.12"), new DiffInput { KnownLines = [] }));

        Assert.Contains("no versions are known", ex.Message);
    }
}
