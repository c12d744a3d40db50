using ChangeTracker.Application.Checks;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Modules.Checking;
using ChangeTracker.Modules.Reading;
using ChangeTracker.Modules.Rendering;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Checks;

/// <summary>The fixture modules against the facts ingested from the offline go.dev copy: the report lines a user reads.</summary>
public sealed class CheckUseCaseTests(GoSiteCheckFixture fixture) : IClassFixture<GoSiteCheckFixture>
{
    private Task<CheckReport> CheckAsync(string fixtureName, string? from = null, string? to = null, params string[] targets) =>
        fixture.App.Get<CheckUseCase>().CheckAsync(
            new CheckRequest(ModuleSources.FromDirectory(ModuleFixtures.Path(fixtureName)),
                from is null ? null : GoVersion.Parse(from), to is null ? null : GoVersion.Parse(to), targets.Select(DiffTarget.Parse).ToList()),
            CancellationToken.None);

    private static List<string> Lines(CheckReport report, bool breaking) =>
        report.Findings.Where(f => f.Breaking == breaking).Select(CheckText.Line).ToList();

    private static void AssertLine(IReadOnlyList<string> lines, string start) =>
        Assert.True(lines.Any(l => l.StartsWith(start, StringComparison.Ordinal)), $"no line starts with “{start}”; lines:\n{string.Join('\n', lines)}");

    [GoSiteFact]
    public async Task Legacy_from_its_go_line_to_the_newest_release_lists_removed_ports_plus_build_lines_and_used_identifiers()
    {
        var report = await CheckAsync("legacy");

        Assert.Equal(("1.12", "1.27"), (report.From.ToString(), report.To.ToString()));
        Assert.True(report.HasBreaking);
        var breaking = Lines(report, breaking: true);
        AssertLine(breaking, "file sys_nacl_amd64p32.go names nacl/amd64p32 (name suffix) → Go 1.14 port removed:");
        AssertLine(breaking, "file sys_darwin_386.go names darwin/386 (name suffix, build constraint) → Go 1.15 port removed:");
        AssertLine(breaking, "files cgo_linux.go, sys_darwin_386.go still have // +build lines (2 without a //go:build line) → Go 1.17 behavior change in gofmt:");
        AssertLine(breaking, "file clock_wasip1.go ends in _wasip1: built on every platform before Go 1.21, only on wasip1 from then on → Go 1.21 port added:");
        AssertLine(breaking, "imports crypto/tls (file main.go); uses tls.Config.MinVersion (file main.go); uses tls.VersionTLS10 (file main.go) → Go 1.18 behavior change in crypto/tls:");
        AssertLine(breaking, "imports math/rand (file main_test.go); uses rand.Seed (file main_test.go) → Go 1.24 removal in math/rand:");
        AssertLine(breaking, "uses cgo (import \"C\" in file cgo_linux.go) → Go 1.20 behavior change in cgo:");
        AssertLine(breaking, "imports crypto/tls (file main.go); GODEBUG tlsrsakex restores the old behaviour → Go 1.22 behavior change in crypto/tls:");
        var review = Lines(report, breaking: false);
        AssertLine(review, "imports io/ioutil (file main.go) → Go 1.16 deprecation in io/ioutil:");
        AssertLine(review, "building Go itself from source needs Go 1.20 (bootstrap)");
    }

    [GoSiteFact]
    public async Task Breaking_lines_come_before_the_rest_and_only_touch_what_the_module_uses()
    {
        var report = await CheckAsync("legacy");

        Assert.Equal(report.Findings.OrderByDescending(f => f.Breaking).Select(f => f.Fact.Id), report.Findings.Select(f => f.Fact.Id));
        Assert.DoesNotContain(report.Findings, f => f.Fact.Component is "archive/zip" or "net/http" or "os/signal" or "go/types");
        Assert.DoesNotContain(report.Findings, f => f.Fact.Kind == Domain.Facts.FactKind.Feature);
        Assert.Contains(report.NotJudged, n => n.Contains("golang.org/x/sys/unix", StringComparison.Ordinal));
        Assert.Contains(report.NotJudged, n => n.StartsWith("file main.go imports strings with a dot", StringComparison.Ordinal));
        Assert.Contains(report.NotJudged, n => n.Contains("not checked against your platforms: name them with --target", StringComparison.Ordinal));
    }

    [GoSiteFact]
    public async Task An_aliased_import_and_a_composite_literal_key_find_the_DualStack_deprecation()
    {
        var report = await CheckAsync("legacy", from: "1.11", to: "1.12");

        AssertLine(Lines(report, breaking: false), "imports net (file main.go); uses net.Dialer.DualStack (file main.go) → Go 1.12 deprecation in net:");
    }

    [GoSiteFact]
    public async Task Targets_add_the_os_levels_that_lose_support()
    {
        var report = await CheckAsync("legacy", from: "1.12", to: "1.13", "macOS 10.10", "windows/amd64");

        var platform = Assert.Single(report.Findings, f => f.Section == CheckSection.Platforms);
        Assert.StartsWith("you target macOS 10.10 (--target) → Go 1.13 OS support ended:", CheckText.Line(platform));
        Assert.DoesNotContain(report.NotJudged, n => n.Contains("--target", StringComparison.Ordinal));
    }

    [GoSiteFact]
    public async Task Modern_lists_the_godebug_settings_it_sets_that_are_removed_and_its_removed_port_files()
    {
        var report = await CheckAsync("modern");

        Assert.Equal(("1.22", "go1.22.4"), (report.GoLine, report.Toolchain));
        var breaking = Lines(report, breaking: true);
        AssertLine(breaking, "sets GODEBUG tlsrsakex=1 (go.mod); imports crypto/tls (file server.go) → Go 1.27 removal in crypto/tls:");
        AssertLine(breaking, "sets GODEBUG asynctimerchan=1 (go.mod) → Go 1.27 removal:");
        AssertLine(breaking, "sets GODEBUG x509sha1=1 (//go:debug in server.go) → Go 1.24 removal in crypto/x509:");
        AssertLine(breaking, "uses //go:linkname (file unsafe_link.go) → Go 1.23 behavior change:");
        AssertLine(breaking, "file arm_windows_arm.go names windows/arm (name suffix) → Go 1.26 port removed:");
        AssertLine(breaking, "file riscv.go names freebsd/riscv64 (build constraint) → Go 1.26 port broken:");
        AssertLine(breaking, "imports go/types (file server.go) → Go 1.27 removal in go/types:");
        Assert.DoesNotContain(report.Findings, f => f.Why.Contains("imports os ", StringComparison.Ordinal));
    }

    [GoSiteFact]
    public async Task A_module_that_uses_nothing_the_notes_change_has_nothing_breaking()
    {
        var report = await CheckAsync("clean");

        Assert.Equal(("1.26", "1.27"), (report.From.ToString(), report.To.ToString()));
        Assert.Empty(report.Findings);
        Assert.False(report.HasBreaking);
        Assert.Contains(report.NotJudged, n => n.Contains("nothing to do for them: fmt, strings, unicode/utf8", StringComparison.Ordinal));
    }

    [GoSiteFact]
    public async Task Bad_starts_say_what_to_do()
    {
        var useCase = fixture.App.Get<CheckUseCase>();
        var noGoLine = new CheckRequest(ModuleSources.FromText("module m\n", null, null), null, null, []);
        var unknown = new CheckRequest(ModuleSources.FromText("module m\ngo 1.99\n", null, null), null, null, []);

        var e = await Assert.ThrowsAsync<CheckInputException>(() => useCase.CheckAsync(noGoLine, CancellationToken.None));
        Assert.StartsWith("The go.mod has no go line", e.Message);
        await Assert.ThrowsAsync<UnknownVersionException>(() => useCase.CheckAsync(unknown, CancellationToken.None));
    }

    [GoSiteFact]
    public async Task From_at_or_after_to_crosses_nothing()
    {
        var report = await CheckAsync("modern", from: "1.27", to: "1.22");

        Assert.Empty(report.Findings);
        Assert.Equal("Go 1.27 is not older than Go 1.22: there is nothing to cross.", CheckText.Headline(report));
    }
}
