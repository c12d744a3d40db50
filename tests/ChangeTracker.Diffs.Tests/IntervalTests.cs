using ChangeTracker.Domain.Facts;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class IntervalTests
{
    [Fact]
    public void Adjacent_majors_hold_exactly_the_facts_of_the_later_line()
    {
        var diff = Diff("1.11", "1.12");

        Assert.Equal(
            new HashSet<Fact> { GoCacheOff, WindowsArm, AixPpc64, Tls13, GoDirective, GoTour },
            diff.Facts.ToHashSet());
        Assert.False(diff.IsDowngrade);
    }

    [Fact]
    public void Lower_bound_is_exclusive_and_upper_bound_inclusive()
    {
        var diff = Diff("1.12", "1.13");

        Assert.DoesNotContain(Tls13, diff.Facts);      // 1.12: the lower bound
        Assert.Contains(MacOs1010, diff.Facts);        // 1.13: the upper bound
        Assert.Contains(ErrorsWrap, diff.Facts);
        Assert.DoesNotContain(Overlap, diff.Facts);    // 1.14: beyond
        Assert.All(diff.Facts, f => Assert.Equal(V("1.13"), f.Version));
    }

    [Fact]
    public void An_exact_release_counts_by_its_line()
    {
        var fromLine = Diff("1.11", "1.12");
        var fromPatch = Diff("1.11.5", "1.12");

        Assert.Equal(fromLine.Facts, fromPatch.Facts);
        Assert.Contains(Tls13, fromPatch.Facts);
        Assert.Equal(V("1.11.5"), fromPatch.From);
    }

    [Fact]
    public void Patch_releases_of_the_same_line_have_no_facts()
    {
        Assert.Empty(Diff("1.12", "1.12.5").Facts);
        Assert.Empty(Diff("1.12.2", "1.12.4").Facts);
    }

    [Fact]
    public void Patch_to_patch_across_lines_holds_the_later_lines_facts()
    {
        var diff = Diff("1.12.3", "1.13.1");

        Assert.Equal(new HashSet<Fact> { MacOs1010, BinaryOnly, ErrorsWrap, Sha1Certs, NaclPorts }, diff.Facts.ToHashSet());
    }

    [Fact]
    public void Dot_zero_lines_compare_by_line()
    {
        Assert.Equal([Go121Builtins], Diff("1.20", "1.21.0").Facts);
        Assert.Equal([Go121Builtins], Diff("1.20", "1.21").Facts);
        Assert.Empty(Diff("1.21", "1.21.2").Facts);
        Assert.Equal([Go122Loopvar], Diff("1.21.2", "1.22").Facts);
        Assert.Equal([Go121Builtins], Diff("go1.20", "1.21rc1").Facts);
    }

    [Fact]
    public void Long_jump_crosses_every_line_between()
    {
        var diff = Diff("1.11", "1.14");

        Assert.Equal(["1.12", "1.13", "1.14"], diff.MajorsCrossed.Select(v => v.ToString()));
        Assert.Contains(Tls13, diff.Facts);
        Assert.Contains(Overlap, diff.Facts);
        Assert.DoesNotContain(Modules, diff.Facts);
        Assert.DoesNotContain(Embed, diff.Facts);
    }

    [Fact]
    public void Facts_are_grouped_by_kind_then_component_breaking_kinds_first()
    {
        var diff = Diff("1.11", "1.12");

        Assert.Equal(
            [FactKind.Removal, FactKind.Removal, FactKind.PortAdded, FactKind.PortAdded, FactKind.Feature, FactKind.Feature],
            diff.Facts.Select(f => f.Kind));
        Assert.Equal(["aix/ppc64", "windows/arm"], diff.Facts.Skip(2).Take(2).Select(f => f.Subject));
        Assert.Equal(
            [(FactKind.Removal, (string?)null), (FactKind.Removal, "go command"), (FactKind.PortAdded, null),
             (FactKind.Feature, "crypto/tls"), (FactKind.Feature, "go command")],
            diff.FactGroups.Select(g => (g.Kind, g.Component)));
        Assert.Equal(diff.Facts, diff.FactGroups.SelectMany(g => g.Facts));
    }

    [Fact]
    public void Release_for_a_line_is_its_first_release_and_an_exact_release_is_itself()
    {
        Assert.Equal("1.12", DiffEngine.ReleaseFor(V("1.12")).ToString());
        Assert.Equal("go1.12", DiffEngine.ReleaseFor(V("go1.12")).ToTag());
        Assert.Equal("1.21.0", DiffEngine.ReleaseFor(V("1.21")).ToString());
        Assert.Equal("1.21.0", DiffEngine.ReleaseFor(V("1.21.0")).ToString());
        Assert.Equal("1.12.5", DiffEngine.ReleaseFor(V("1.12.5")).ToString());
        Assert.Equal("1.21rc1", DiffEngine.ReleaseFor(V("1.21rc1")).ToString());
    }
}
