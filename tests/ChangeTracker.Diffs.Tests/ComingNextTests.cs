using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class ComingNextTests
{
    [Fact]
    public void Announcements_in_the_interval_that_take_effect_later_are_coming_next()
    {
        var diff = Diff("1.11", "1.12");

        Assert.Equal([BinaryOnly, MacOs1010], diff.ComingNext.OrderBy(f => f.Subject));
        Assert.DoesNotContain(MacOs1010, diff.Facts);
    }

    [Fact]
    public void An_announcement_that_takes_effect_within_the_interval_is_a_fact_not_coming_next()
    {
        var diff = Diff("1.11", "1.13");

        Assert.Contains(MacOs1010, diff.Facts);
        Assert.DoesNotContain(MacOs1010, diff.ComingNext);
        Assert.DoesNotContain(BinaryOnly, diff.ComingNext);
    }

    [Fact]
    public void Announcements_made_before_the_interval_are_not_coming_next()
    {
        var diff = Diff("1.12", "1.12.5");

        Assert.Empty(diff.ComingNext);
        Assert.DoesNotContain(MacOs1010, Diff("1.12", "1.13").ComingNext);
    }

    [Fact]
    public void Removal_announced_in_the_from_line_counts_for_the_previous_diff_only()
    {
        Assert.Equal([GoCacheOff], Diff("1.10", "1.11").ComingNext);
        Assert.Contains(GoCacheOff, Diff("1.11", "1.12").Facts);
    }

    [Fact]
    public void Deprecations_use_their_effective_version()
    {
        var to113 = Diff("1.12", "1.13");
        Assert.Contains(Sha1Certs, to113.ComingNext);   // effective 1.15
        Assert.Contains(NaclPorts, to113.ComingNext);   // effective 1.14
        Assert.Contains(Sha1Certs, to113.Facts);        // announced in 1.13: a fact of 1.13 too

        var to114 = Diff("1.12", "1.14");
        Assert.Contains(Sha1Certs, to114.ComingNext);
        Assert.DoesNotContain(NaclPorts, to114.ComingNext); // took effect within the interval

        Assert.DoesNotContain(Sha1Certs, Diff("1.12", "1.15").ComingNext);
    }

    [Fact]
    public void A_deprecation_without_a_known_effective_version_is_pending()
    {
        Assert.Contains(IoutilDeprecated, Diff("1.13", "1.14").ComingNext);
        Assert.Contains(IoutilDeprecated, Diff("1.13", "1.15").ComingNext);
        Assert.DoesNotContain(IoutilDeprecated, Diff("1.14", "1.15").ComingNext);
    }

    [Fact]
    public void Coming_next_is_ordered_by_effective_version()
    {
        var diff = Diff("1.12", "1.14");

        Assert.Equal([Darwin386, Sha1Certs, IoutilDeprecated], diff.ComingNext);
    }
}

/// <summary>A hedged, pending or withdrawn announcement is never presented as having happened.</summary>
public class AnnouncementStatusInDiffTests
{
    private static readonly ChangeTracker.Domain.Facts.Fact Withdrawn =
        TestData.MacOs1010 with { Subject = "macOS 10.8", OsVersion = "10.8", Tentative = true, Status = ChangeTracker.Domain.Facts.AnnouncementStatus.Withdrawn };

    private static readonly ChangeTracker.Domain.Facts.Fact Pending =
        TestData.BinaryOnly with { Subject = "frob packages", Status = ChangeTracker.Domain.Facts.AnnouncementStatus.Pending };

    private static VersionDiff Diff(string from, string to) =>
        DiffEngine.Compute(TestData.V(from), TestData.V(to), TestData.Input() with { Facts = [.. TestData.Input().Facts, Withdrawn, Pending] });

    [Fact]
    public void A_withdrawn_or_pending_announcement_is_not_a_fact_of_its_release_but_stays_under_coming_next()
    {
        var diff = Diff("1.11", "1.13");
        Assert.DoesNotContain(Withdrawn, diff.Facts);
        Assert.DoesNotContain(Pending, diff.Facts);
        Assert.Contains(Withdrawn, diff.ComingNext);
        Assert.Contains(Pending, diff.ComingNext);
        Assert.Contains(TestData.MacOs1010, diff.Facts);
    }

    [Fact]
    public void Coming_next_says_an_announcement_was_hedged_and_withdrawn()
    {
        var meta = ChangeTracker.Diffs.Rendering.DiffText.ComingNextMeta(Withdrawn);
        Assert.Contains("tentative", meta);
        Assert.Contains("may take effect in Go 1.13", meta);
        Assert.Contains("withdrawn", meta);
    }
}
