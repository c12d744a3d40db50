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
    public void A_revision_that_should_not_be_used_is_listed_in_order_with_its_flag_and_no_date()
    {
        var diff = Go113To114WithNotForUse();

        Assert.Equal(["1.13.1", "1.13.2", "1.13.3"], diff.Revisions.Select(r => r.Version.ToString()));
        Assert.Equal([false, true, false], diff.Revisions.Select(r => r.ShouldNotBeUsed));
        Assert.Null(diff.Revisions[1].Date);
    }

    [Fact]
    public void A_line_stands_for_its_first_release_never_for_a_flagged_revision()
    {
        var input = InputWithNotForUse();
        Assert.Equal(V("1.13"), DiffEngine.ReleaseFor(V("1.13")));
        Assert.Equal(["1.13.3"], Diff("1.13.2", "1.14", input).Revisions.Select(r => r.Version.ToString()));
        Assert.Equal(["1.13.1", "1.13.2", "1.13.3"], Diff("1.14", "1.13", input).Revisions.Select(r => r.Version.ToString()));
    }

    [Fact]
    public void Revisions_of_older_lines_are_not_between()
    {
        Assert.DoesNotContain(Diff("1.11", "1.12").Revisions, r => r.Version == V("1.10.8"));
    }
}
