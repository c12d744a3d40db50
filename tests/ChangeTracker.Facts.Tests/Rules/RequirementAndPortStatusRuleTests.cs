using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests.Rules;

/// <summary>New minimums other than OS versions, and ports marked broken, renamed or left without binaries.</summary>
public sealed class RequirementAndPortStatusRuleTests
{
    private static IReadOnlyList<Fact> Ports(string text) => TestNotes.Facts("1.40", "Ports", NotesCategory.Ports, text);

    [Theory]
    [InlineData("Building Go 1.40 from source now requires Go 1.38.4 or later as the bootstrap toolchain.", "toolchain", "Go 1.38.4")]
    [InlineData("Using cgo now requires GCC 11 or later.", "toolchain", "GCC 11")]
    [InlineData("SWIG 5.1 is now required.", "toolchain", "SWIG 5.1")]
    [InlineData("FreeBSD 15 kernels need the COMPAT_FREEBSD14 option enabled.", "kernel", "COMPAT_FREEBSD14")]
    [InlineData("The amd64 port now requires GOAMD64=v2 at least.", "cpu", "GOAMD64=v2")]
    [InlineData("Running the wasm output now requires Node.js 22 or later.", "runtime", "Node.js 22")]
    [InlineData("Any Go 1.38 or later distribution will serve to build the tree.", "toolchain", "Go 1.38")]
    [InlineData("On the frob port, Go 1.40 requires SDK version zap-12.", "toolchain", "SDK version zap-12")]
    [InlineData("The frob race detector now requires glibc 2.40 or newer.", "toolchain", "glibc 2.40")]
    [InlineData("The minimum supported version of LLVM is now 19.", "toolchain", "LLVM")]
    [InlineData("Node.js 24 or later is required to run the frob output.", "runtime", "Node.js 24")]
    [InlineData("On zap64, the compiler output needs the ZAPv3 instruction set.", "cpu", "ZAPv3")]
    [InlineData("The zap port now requires at least the Zen7 microarchitecture.", "cpu", "Zen7")]
    [InlineData("Programs built for the zap port require version 9 of the zapwasm runtime.", "runtime", "version 9 of the zapwasm runtime")]
    [InlineData("The frob wasm port now assumes that the host supports the bulk memory extension.", "runtime", "bulk memory")]
    [InlineData("The js/wasm port now requires a WebAssembly engine that supports tail calls.", "runtime", "tail calls")]
    [InlineData("Go 1.40 needs at least zapc 3.1 to build.", "toolchain", "zapc 3.1")]
    [InlineData("Running the frob tests requires Python 3.9 or later.", "toolchain", "Python 3.9")]
    [InlineData("Building Go now needs a C compiler that supports C17.", "toolchain", "C17")]
    [InlineData("The arm64 port now requires ARMv8.1 or later.", "cpu", "ARMv8.1")]
    [InlineData("Go 1.40 raises the minimum amd64 level to x86-64-v2.", "cpu", "x86-64-v2")]
    [InlineData("The riscv64 port now requires the RVA22 profile.", "cpu", "RVA22")]
    [InlineData("The wasm port now uses the tail call proposal, so engines must support tail calls.", "runtime", "tail call")]
    [InlineData("The minimum GOFROB64 level has been raised to v9.2.", "cpu", "v9.2")]
    [InlineData("On 32-bit ARM, GOARM=6 is no longer supported and the minimum is now GOARM=7.", "cpu", "GOARM=7")]
    [InlineData("The frob64 port now requires the FROB64 Release 6 instruction set.", "cpu", "FROB64 Release 6")]
    [InlineData("Go 1.40 raises the baseline for frobos/arm64 to ARMv8.5-A.", "cpu", "ARMv8.5")]
    [InlineData("Go 1.40 requires a Linux kernel that supports the frob3 system call.", "kernel", "frob3 system call")]
    [InlineData("The go command now refuses Mercurial versions older than 6.2.", "toolchain", "Mercurial 6.2")]
    [InlineData("binutils releases older than 2.41 are no longer supported for external linking.", "toolchain", "binutils 2.41")]
    [InlineData("Binaries built with the race detector now link against glibc 2.39 and will not start on machines with an older C library.", "toolchain", "glibc 2.39")]
    [InlineData("Wasm binaries now rely on the typed function references proposal for closures.", "runtime", "typed function references proposal")]
    [InlineData("Running Go binaries on Linux now requires a kernel with cgroup v2 enabled.", "kernel", "cgroup v2")]
    [InlineData("Running the frob test suite now requires Perl 7.2.", "toolchain", "Perl 7.2")]
    [InlineData("Node.js 26 or later is needed to run the wasm output.", "runtime", "Node.js 26")]
    [InlineData("Go programs on Linux now require kernel support for the frobwait system call.", "kernel", "frobwait system call")]
    [InlineData("The minimum supported Clang version for cgo on frobos is now Clang 30.", "toolchain", "Clang 30")]
    [InlineData("The minimum wasmtime version for running WASI programs has been raised to wasmtime 48.", "runtime", "wasmtime 48")]
    [InlineData("Wasm binaries built by Go now require an engine that supports Wasm GC.", "runtime", "Wasm GC")]
    [InlineData("The wasip1 port now requires a runtime that implements WASI preview 2.", "runtime", "WASI preview 2")]
    [InlineData("Running Go WebAssembly modules now requires an engine with support for 128-bit SIMD.", "runtime", "128-bit SIMD")]
    [InlineData("Go 1.40 requires WebAssembly engines that support the multi-memory proposal.", "runtime", "multi-memory proposal")]
    public void A_new_minimum_is_a_requirement_with_its_area(string sentence, string area, string minimum)
    {
        var fact = Assert.Single(Ports(sentence), f => f.Kind == FactKind.RequirementRaised);
        Assert.Equal((area, minimum, "1.40"), (fact.Area, fact.Minimum, fact.Version.ToString()));
    }

    [Fact]
    public void A_requirement_a_later_release_will_have_belongs_to_that_release()
    {
        var fact = Assert.Single(Ports("We plan for Go 1.42 to require Go 1.40 or later for bootstrap."), f => f.Kind == FactKind.RequirementRaised);
        Assert.Equal(("1.42", "1.40", true), (fact.Version.ToString(), fact.AnnouncedIn?.ToString(), fact.Tentative));
    }

    [Fact]
    public void A_requirement_right_after_an_announcement_belongs_to_the_announced_release()
    {
        var fact = Assert.Single(Ports("Go 1.41 will require FreeBSD 14.1+. FreeBSD 15+ needs a kernel with the COMPAT_FREEBSD14 option set."),
            f => f.Kind == FactKind.RequirementRaised);
        Assert.Equal(("COMPAT_FREEBSD14", "1.41", "1.40"), (fact.Minimum, fact.Version.ToString(), fact.AnnouncedIn?.ToString()));
    }

    [Fact]
    public void A_requirement_of_an_earlier_release_told_in_the_past_is_no_new_requirement()
    {
        Assert.DoesNotContain(Ports("On the frob port, Go 1.39 required SDK version zap-12."), f => f.Kind == FactKind.RequirementRaised);
    }

    [Theory]
    [InlineData("Go on other ARM systems already requires ARMv7 or later.")]
    [InlineData("The frob runtime no longer requires SSE4 on 386 when GOFROB=soft is set.")]
    [InlineData("A future release may require GOAMD64=v3; tell us on the tracking issue.")]
    [InlineData("A proposal to require ARMv8 for the frob port is being discussed.")]
    [InlineData("We recommend Mercurial versions older than 6.2 be upgraded for speed, but they keep working.")]
    [InlineData("The frob tool now prints a hint when it finds Git 2.10 on an older system.")]
    [InlineData("The new frob exception handling feature in the runtime helps WebAssembly debugging.")]
    [InlineData("The frob.Listen6 function requires a host that supports IPv6.")]
    [InlineData("The linux/zap port now only requires kernel 4.1, relaxing the earlier 5.2 minimum.")]
    public void A_minimum_that_already_held_was_lifted_or_is_only_possible_is_no_new_requirement(string sentence)
    {
        Assert.DoesNotContain(Ports(sentence), f => f.Kind == FactKind.RequirementRaised);
    }

    [Fact]
    public void A_require_block_of_go_mod_is_no_requirement()
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Go command", NotesCategory.Tools, "Go mod tidy merges require blocks left by Git merges.", "go command"),
            f => f.Kind == FactKind.RequirementRaised);
    }

    [Theory]
    [InlineData("The freebsd/mips64 port has been marked broken.", "freebsd/mips64")]
    [InlineData("The plan9/arm port is still broken.", "plan9/arm")]
    public void A_port_marked_broken_is_port_broken(string sentence, string port)
    {
        var fact = Assert.Single(Ports(sentence));
        Assert.Equal((FactKind.PortBroken, port, true), (fact.Kind, fact.Port, fact.Breaking));
    }

    [Fact]
    public void A_port_marked_broken_takes_its_os_from_earlier_in_the_paragraph()
    {
        var fact = Assert.Single(Ports("Go runs on OpenBSD again. Only amd64 has been fixed. The arm64 port is still broken."), f => f.Kind == FactKind.PortBroken);
        Assert.Equal("openbsd/arm64", fact.Port);
    }

    [Fact]
    public void A_renamed_port_names_old_and_new()
    {
        var fact = Assert.Single(Ports("The existing plan9/arm64 port has been renamed to hurd/arm64."), f => f.Kind == FactKind.PortRenamed);
        Assert.Equal(("plan9/arm64", "hurd/arm64"), (fact.Port, fact.RenamedTo));
    }

    [Fact]
    public void Binary_downloads_offered_for_one_arch_only_drop_the_other()
    {
        var fact = Assert.Single(Ports("For FreeBSD the binary distribution is provided only for amd64 from now on."));
        Assert.Equal((FactKind.PortBinariesDropped, "freebsd/386"), (fact.Kind, fact.Port));
    }
}
