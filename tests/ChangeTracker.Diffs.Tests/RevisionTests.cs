using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class RevisionTests
{
    [Fact]
    public void Revisions_between_two_lines_are_ordered_with_dates_and_security_flags()
    {
        var diff = Diff("1.11", "1.12");

        Assert.Equal(["1.11.1", "1.11.2", "1.11.3", "1.11.4", "1.11.5", "1.11.6"], diff.Revisions.Select(r => r.Version.ToString()));
        Assert.Equal([false, false, true, false, true, false], diff.Revisions.Select(r => r.Security));
        Assert.Equal(new DateOnly(2018, 12, 12), diff.Revisions[2].Date);
    }

    [Fact]
    public void The_from_release_is_excluded_and_the_to_release_included()
    {
        Assert.Equal(["1.12.3", "1.12.4"], Diff("1.12.2", "1.12.4").Revisions.Select(r => r.Version.ToString()));
        Assert.Equal(["1.12.1", "1.12.2", "1.12.3", "1.12.4", "1.12.5"], Diff("1.12", "1.12.5").Revisions.Select(r => r.Version.ToString()));
        Assert.Equal(["1.11.6"], Diff("1.11.5", "1.12").Revisions.Select(r => r.Version.ToString()));
    }

    [Fact]
    public void Dot_zero_lines_start_at_their_first_release()
    {
        Assert.Equal(["1.21.1", "1.21.2"], Diff("1.21", "1.21.2").Revisions.Select(r => r.Version.ToString()));
        Assert.Equal(["1.21.1", "1.21.2"], Diff("1.21.0", "1.22").Revisions.Select(r => r.Version.ToString()));
    }

    [Fact]
    public void Revisions_of_older_lines_are_not_between()
    {
        Assert.DoesNotContain(Diff("1.11", "1.12").Revisions, r => r.Version == V("1.10.8"));
    }
}
