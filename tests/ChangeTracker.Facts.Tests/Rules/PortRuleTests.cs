using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests.Rules;

public sealed class PortRuleTests
{
    [Theory]
    [InlineData("Go 1.40 adds an experimental port to Haiku-like systems on 64-bit ARM (freebsd/arm64).", "freebsd/arm64", true)]
    [InlineData("The brand new linux/loong64 port runs on recent kernels.", "linux/loong64", false)]
    [InlineData("Go now supports the RISC-V architecture on OpenBSD (GOOS=openbsd, GOARCH=riscv64).", "openbsd/riscv64", false)]
    [InlineData("This release adds support for the Solaris operating system on AMD64 processors.", "solaris/amd64", false)]
    [InlineData("Go now runs on freebsd/riscv64.", "freebsd/riscv64", false)]
    [InlineData("Experimental support for linux/loong64 has been added.", "linux/loong64", true)]
    public void A_new_port_is_found_wherever_it_is_named(string sentence, string port, bool experimental)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Ports", NotesCategory.Ports, sentence));
        Assert.Equal(FactKind.PortAdded, fact.Kind);
        Assert.Equal(port, fact.Port);
        Assert.Equal(experimental, fact.Experimental);
        Assert.Equal("1.40", fact.Version.ToString());
        Assert.StartsWith("port-", fact.Rule);
    }

    [Theory]
    [InlineData("Go 1.40 removes the plan9/arm port.", "plan9/arm")]
    [InlineData("The nacl/arm port has been dropped.", "nacl/arm")]
    public void A_port_removed_in_other_words_is_a_port_removal(string sentence, string port)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Ports", NotesCategory.Ports, sentence));
        Assert.Equal((FactKind.PortRemoved, port, "1.40"), (fact.Kind, fact.Port, fact.Version.ToString()));
    }

    [Fact]
    public void No_more_prebuilt_archives_for_a_port_drops_its_binaries()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Ports", NotesCategory.Ports, "We no longer publish prebuilt archives for darwin/386."));
        Assert.Equal((FactKind.PortBinariesDropped, "darwin/386"), (fact.Kind, fact.Port));
    }

    [Theory]
    [InlineData("Support for cgo has been added on linux/arm64.")]
    [InlineData("Go 1.40 adds support for the race detector on linux/s390x.")]
    [InlineData("Go 1.40 adds support for macOS 15 on darwin/arm64 machines.")]
    [InlineData("zos is now a recognized value for GOOS, reserved for future use.")]
    public void Features_of_existing_ports_are_not_new_ports(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Ports", NotesCategory.Ports, sentence), f => f.Kind == FactKind.PortAdded);
    }

    [Fact]
    public void The_last_release_of_a_port_removes_it_from_the_next()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Windows", NotesCategory.Ports,
            "Go 1.40 is the last release that contains the 32-bit windows/386 port."));
        Assert.Equal((FactKind.PortRemoved, "1.41", "1.40", "1.40"), (fact.Kind, fact.Version.ToString(), fact.LastVersion.ToString(), fact.AnnouncedIn.ToString()));
    }

    [Fact]
    public void A_platform_named_by_GOOS_alone_stands_for_all_its_ports()
    {
        var facts = TestNotes.Facts("1.40", "NaCl", NotesCategory.Ports, "Go 1.40 drops support for the old sandbox platform (GOOS=nacl).");
        Assert.Equal(["nacl/386", "nacl/amd64p32", "nacl/arm"], facts.Select(f => f.Port!).Order());
        Assert.All(facts, f => Assert.Equal(FactKind.PortRemoved, f.Kind));
    }
}
