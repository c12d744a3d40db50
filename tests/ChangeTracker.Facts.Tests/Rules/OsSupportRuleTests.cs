using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests.Rules;

public sealed class OsSupportRuleTests
{
    [Theory]
    [InlineData("Go 1.40 is the last release that will run on macOS 14 Sonoma.", "macOS", "14", "1.41", "1.40")]
    [InlineData("Go 1.40 is the last release that is supported on FreeBSD 13.x, which is end-of-life.", "FreeBSD", "13.x", "1.41", "1.40")]
    [InlineData("Go 1.41 will require macOS 15 Sequoia or later.", "macOS", "14", "1.41", "1.40")]
    [InlineData("Go 1.40 now requires Linux kernel version 4.4 or later.", "Linux", "<4.4", "1.40", "1.39")]
    [InlineData("Go 1.40 now requires at least Windows 11.", "Windows", "10", "1.40", "1.39")]
    [InlineData("Go 1.40 no longer supports OpenBSD 7.1.", "OpenBSD", "7.1", "1.40", "1.39")]
    [InlineData("The new ELF ABI support requires Linux kernel 4.9 or later.", "Linux", "<4.9", "1.40", "1.39")]
    [InlineData("The zap port now needs Linux kernel 5.4 or newer.", "Linux", "<5.4", "1.40", "1.39")]
    [InlineData("As announced, Go 1.40 stops supporting NetBSD 9.", "NetBSD", "9", "1.40", "1.39")]
    [InlineData("Windows Server 2016 is no longer supported.", "Windows", "Server 2016", "1.40", "1.39")]
    [InlineData("Go binaries no longer run on iOS 14.", "iOS", "14", "1.40", "1.39")]
    [InlineData("Support for Windows 8 has ended.", "Windows", "8", "1.40", "1.39")]
    [InlineData("Go 1.41 will drop support for OpenBSD 7.3.", "OpenBSD", "7.3", "1.41", "1.40")]
    [InlineData("The minimum macOS version for both amd64 and arm64 has been raised to macOS 15.", "macOS", "14", "1.40", "1.39")]
    [InlineData("Binaries built with this release require macOS 15 or newer.", "macOS", "14", "1.40", "1.39")]
    [InlineData("The minimum Linux kernel version has been raised to 5.10.", "Linux", "<5.10", "1.40", "1.39")]
    [InlineData("NetBSD releases older than 10.1 are no longer supported.", "NetBSD", "<10.1", "1.40", "1.39")]
    [InlineData("Support for macOS versions older than macOS 15 has been removed.", "macOS", "14", "1.40", "1.39")]
    [InlineData("The linux/s390x port now requires kernel version 5.15 or later.", "Linux", "<5.15", "1.40", "1.39")]
    [InlineData("Frob builds for phones need a deployment target of at least iOS 19.", "iOS", "18", "1.40", "1.39")]
    public void A_raised_minimum_ends_support_for_the_level_below(string sentence, string os, string level, string version, string last)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Platforms", NotesCategory.Ports, sentence));
        Assert.Equal(FactKind.OsSupportEnded, fact.Kind);
        Assert.Equal((os, level, version, last), (fact.Os, fact.OsVersion, fact.Version.ToString(), fact.LastVersion?.ToString()));
        Assert.Equal("1.40", fact.AnnouncedIn?.ToString());
    }

    [Theory]
    [InlineData("Go 1.40 is expected to be the last release to support macOS 12.", "macOS", "12")]
    [InlineData("Go 1.40 is likely the last release that runs on Windows 10.", "Windows", "10")]
    [InlineData("We are considering dropping support for FreeBSD 13 in Go 1.41.", "FreeBSD", "13")]
    [InlineData("We expect Go 1.41 to require at least FreeBSD 14.", "FreeBSD", "<14")]
    public void A_hedged_end_of_support_is_a_tentative_announcement_of_the_next_release(string sentence, string os, string level)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Platforms", NotesCategory.Ports, sentence));
        Assert.Equal((FactKind.OsSupportEnded, os, level, "1.41", "1.40", true),
            (fact.Kind, fact.Os, fact.OsVersion, fact.Version.ToString(), fact.AnnouncedIn?.ToString(), fact.Tentative));
    }

    [Theory]
    [InlineData("The ppc64 port now requires the POWER9 architecture or later.", "POWER9")]
    [InlineData("On 386, Go 1.40 now requires a processor with SSE3 instructions.", "SSE3")]
    public void A_raised_cpu_level_is_a_requirement_not_an_os_level(string sentence, string minimum)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Platforms", NotesCategory.Ports, sentence));
        Assert.Equal((FactKind.RequirementRaised, "cpu", minimum, "1.40", true), (fact.Kind, fact.Area, fact.Minimum, fact.Version.ToString(), fact.Breaking));
    }

    [Fact]
    public void Dropping_x87_only_hardware_is_the_removal_of_a_mode_not_a_cpu_requirement()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "386", NotesCategory.Ports, "Go 1.40 is the last release to support the GO386=387 mode for chips with only an x87 FPU."));
        Assert.Equal((FactKind.Removal, "1.41"), (fact.Kind, fact.Version.ToString()));
    }

    [Fact]
    public void The_old_minimum_and_the_level_below_the_new_one_stay_two_facts()
    {
        var facts = FactLinker.Link([
            .. TestNotes.Facts("1.39", "Linux", NotesCategory.Ports, "Go 1.39 is the last release that requires Linux kernel version 2.6.32 or later."),
            .. TestNotes.Facts("1.40", "Linux", NotesCategory.Ports, "As announced earlier, Go 1.40 requires Linux kernel version 3.2 or later."),
        ]);
        Assert.Equal(["2.6.32", "<3.2"], facts.Where(f => f.Kind == FactKind.OsSupportEnded).Select(f => f.OsVersion).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_list_of_versions_gives_one_fact_each_and_the_new_minimum_adds_none()
    {
        var facts = TestNotes.Facts("1.40", "Windows", NotesCategory.Ports,
            "Go 1.40 is the last release that will run on Windows 10, Server 2016 and Server 2019. Go 1.41 will require Windows 11 or Server 2022.");
        Assert.Equal(["Windows 10", "Windows Server 2016", "Windows Server 2019"], facts.Select(f => f.Subject).Order());
    }

    [Theory]
    [InlineData("Go 1.40 on ARMv7 no longer requires a kernel built with some option.")]
    [InlineData("Go 1.40 adds support for macOS 15 Sequoia.")]
    [InlineData("FreeBSD 14.0 or later requires a kernel with the COMPAT option set.")]
    public void Sentences_that_raise_nothing_give_no_fact(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Platforms", NotesCategory.Ports, sentence), f => f.Kind == FactKind.OsSupportEnded);
    }

    [Fact]
    public void Dropping_an_os_release_ends_that_release_not_the_ports_of_the_os()
    {
        var facts = TestNotes.Facts("1.40", "Platforms", NotesCategory.Ports, "Go 1.40 drops support for NetBSD 10 and earlier.");

        Assert.DoesNotContain(facts, f => f.Kind == FactKind.PortRemoved);
        Assert.Equal("NetBSD 10", Assert.Single(facts, f => f.Kind == FactKind.OsSupportEnded).Subject);
    }
}
