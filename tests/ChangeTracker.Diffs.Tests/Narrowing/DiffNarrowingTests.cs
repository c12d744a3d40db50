using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using Xunit;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests.Narrowing;

/// <summary>A report narrowed to what a team ships keeps every general fact and drops other platforms' facts.</summary>
public sealed class DiffNarrowingTests
{
    private static readonly Fact Linux386Gone = Breaking(Fact(FactKind.PortRemoved, "1.13", "linux/386", port: "linux/386", last: "1.12"));
    private static readonly Fact WindowsArmGone = Breaking(Fact(FactKind.PortRemoved, "1.13", "windows/arm", port: "windows/arm", last: "1.12"));
    private static readonly Fact Macos1012Ends = Breaking(Fact(FactKind.OsSupportEnded, "1.13", "macOS 10.12", os: "macOS", osVersion: "10.12", last: "1.12"));
    private static readonly Fact Macos12Ends = Breaking(Fact(FactKind.OsSupportEnded, "1.14", "macOS 12", os: "macOS", osVersion: "12", last: "1.13"));
    private static readonly Fact Linux26Ends = Breaking(Fact(FactKind.OsSupportEnded, "1.14", "Linux <3.2", os: "Linux", osVersion: "<3.2", last: "1.13"));
    private static readonly Fact TlsDefault = Breaking(Fact(FactKind.BehaviorChange, "1.13", "TLS default"));
    private static readonly Fact NewApi = Fact(FactKind.Feature, "1.13", "new API", component: "net/http");

    private static Fact Breaking(Fact f) => f with { Breaking = true };

    private static VersionDiff Whole() => new()
    {
        From = V("1.12"), To = V("1.14"),
        Facts = [Linux386Gone, WindowsArmGone, Macos1012Ends, Macos12Ends, Linux26Ends, TlsDefault, NewApi],
        Distribution =
        [
            new DistributionChange("linux", "amd64", Domain.Downloads.DistributionKind.Archive, "a", 1, "b", 2),
            new DistributionChange("windows", "arm", Domain.Downloads.DistributionKind.Archive, "c", 1, "d", 2),
            new DistributionChange("darwin", "arm64", Domain.Downloads.DistributionKind.Archive, "e", 1, "f", 2),
        ],
    };

    private static VersionDiff Narrow(bool breaking, params string[] targets) =>
        DiffNarrowing.Apply(Whole(), new DiffFilter(DiffTarget.ParseList(targets), breaking));

    [Fact]
    public void General_facts_stay_and_other_platforms_go()
    {
        var diff = Narrow(false, "linux/amd64", "macOS 12");
        Assert.Contains(TlsDefault, diff.Facts);
        Assert.Contains(NewApi, diff.Facts);
        Assert.Contains(Macos12Ends, diff.Facts);
        Assert.Contains(Linux26Ends, diff.Facts);          // the OS of a targeted port: its kernel level is unknown
        Assert.DoesNotContain(WindowsArmGone, diff.Facts);
        Assert.DoesNotContain(Linux386Gone, diff.Facts);   // a linux port the user did not name
        Assert.DoesNotContain(Macos1012Ends, diff.Facts);  // an older macOS level than the one they ship to
        Assert.Equal(["linux/amd64", "darwin/arm64"], diff.Distribution.Select(r => r.Platform));
    }

    [Fact]
    public void Breaking_only_drops_features_and_deprecations()
    {
        var diff = Narrow(true);
        Assert.All(diff.Facts, f => Assert.True(f.Breaking));
        Assert.DoesNotContain(NewApi, diff.Facts);
        Assert.Equal(3, diff.Distribution.Count);
    }

    [Fact]
    public void It_says_where_each_target_first_loses_support()
    {
        var diff = Narrow(false, "windows/arm", "macOS 10.12", "linux/amd64");
        Assert.Equal(
            ["windows/arm: Go 1.13 drops it (Go 1.12 is the last release that supports it).", "macOS 10.12: Go 1.13 drops it (Go 1.12 is the last release that supports it)."],
            diff.TargetLosses.Select(l => l.Sentence));
    }

    [Fact]
    public void No_filter_leaves_the_diff_as_it_is()
    {
        var whole = Whole();
        Assert.Same(whole, DiffNarrowing.Apply(whole, DiffFilter.None));
    }
}
