using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Checking;
using ChangeTracker.Modules.Reading;
using static ChangeTracker.Modules.Tests.Checking.CheckFacts;

namespace ChangeTracker.Modules.Tests.Checking;

public sealed class ModuleCheckTests
{
    private static GoModule Module(string goMod, params (string Path, string Text)[] files) =>
        ModuleReader.Read(ModuleSources.FromText(goMod, null, files.ToDictionary(f => f.Path, f => f.Text)));

    private static readonly GoModule Server = Module(
        "module example.com/s\ngo 1.21\ngodebug tlsmadeup=1\n",
        ("s.go", "package s\nimport (\n\"crypto/tls\"\nu \"net/url\"\n)\nvar c = &tls.Config{MinVersion: 1}\nvar _ = u.Parse\nfunc f(x *tls.Conn) { _ = x.Handshake }"),
        ("c.go", "package s\n// #include <stdio.h>\nimport \"C\"\n"),
        ("old_plan9_arm.go", "// +build plan9,arm\n\npackage s\n"));

    [Fact]
    public void A_behaviour_change_of_an_imported_package_names_the_import_and_the_identifiers_used_with_its_godebug()
    {
        var fact = Make(FactKind.BehaviorChange, "1.22", "When Config.MinVersion is unset the made-up server now refuses old clients.", "crypto/tls", godebug: "tlsoldclients");

        var report = ModuleCheck.Run(Server, Diff("1.21", "1.23", fact), []);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(CheckSection.Packages, finding.Section);
        Assert.True(finding.Breaking);
        Assert.Equal("imports crypto/tls (file s.go); uses tls.Config.MinVersion (file s.go); GODEBUG tlsoldclients restores the old behaviour", finding.Why);
        Assert.True(report.HasBreaking);
    }

    [Fact]
    public void A_qualified_identifier_in_the_text_matches_through_an_alias_without_the_component()
    {
        var fact = Make(FactKind.Deprecation, "1.22", "Calling url.Parse with made-up input is now deprecated.");

        var finding = Assert.Single(ModuleCheck.Run(Server, Diff("1.21", "1.23", fact), []).Findings);

        Assert.Equal("uses url.Parse (file s.go)", finding.Why);
        Assert.False(finding.Breaking);
    }

    [Fact]
    public void A_type_and_a_member_selected_on_a_value_match_a_Type_Member_mention()
    {
        var fact = Make(FactKind.BehaviorChange, "1.22", "Conn.Handshake now waits for a made-up signal.", "crypto/tls");

        var finding = Assert.Single(ModuleCheck.Run(Server, Diff("1.21", "1.23", fact), []).Findings);

        Assert.Equal("imports crypto/tls (file s.go); uses tls.Conn (file s.go) and selects .Handshake", finding.Why);
    }

    [Fact]
    public void Packages_it_does_not_import_and_features_do_not_match()
    {
        var other = Make(FactKind.Removal, "1.22", "The made-up Frob function of archive/tar is gone.", "archive/tar");
        var feature = Make(FactKind.Feature, "1.22", "The new tls.Config.MadeUp field exists.", "crypto/tls");

        var report = ModuleCheck.Run(Server, Diff("1.21", "1.23", other, feature), []);

        Assert.Empty(report.Findings);
        Assert.False(report.HasBreaking);
        Assert.Contains(report.NotJudged, n => n.Contains("nothing to do for them: crypto/tls, net/url", StringComparison.Ordinal));
    }

    [Fact]
    public void A_godebug_setting_it_sets_matches_a_removal_that_names_it()
    {
        var fact = Make(FactKind.Removal, "1.23", "The tlsmadeup setting is gone for good.");

        var finding = Assert.Single(ModuleCheck.Run(Server, Diff("1.21", "1.23", fact), []).Findings);

        Assert.Equal(CheckSection.Godebug, finding.Section);
        Assert.Equal("sets GODEBUG tlsmadeup=1 (go.mod)", finding.Why);
    }

    [Fact]
    public void A_setting_no_fact_mentions_is_reported_as_not_judged()
    {
        var report = ModuleCheck.Run(Server, Diff("1.21", "1.23"), []);

        Assert.Contains("GODEBUG tlsmadeup=1 (go.mod): the notes from Go 1.21 to Go 1.23 say nothing about it.", report.NotJudged);
    }

    [Fact]
    public void Ports_named_by_constraints_and_targets_match_removals_with_their_reasons()
    {
        var plan9 = Make(FactKind.PortRemoved, "1.22", "The plan9/arm port is gone.", port: "plan9/arm");
        var mips = Make(FactKind.PortRemoved, "1.22", "The linux/mips port is gone.", port: "linux/mips");
        var other = Make(FactKind.PortRemoved, "1.22", "The aix/ppc64 port is gone.", port: "aix/ppc64");

        var report = ModuleCheck.Run(Server, Diff("1.21", "1.23", plan9, mips, other), [DiffTarget.Parse("linux/mips")]);

        Assert.Equal(2, report.Findings.Count);
        Assert.Equal("you target linux/mips (--target)", report.Findings.Single(f => f.Section == CheckSection.Platforms).Why);
        Assert.Equal("file old_plan9_arm.go names plan9/arm (name suffix, build constraint)", report.Findings.Single(f => f.Section == CheckSection.BuildFiles).Why);
    }

    [Fact]
    public void Bootstrap_is_listed_but_not_breaking_and_a_C_toolchain_only_with_cgo()
    {
        var bootstrap = Make(FactKind.RequirementRaised, "1.22", "Building needs Go 1.20.", area: "toolchain", subject: "Go 1.20");
        var gcc = Make(FactKind.RequirementRaised, "1.22", "cgo needs a newer gcc.", area: "toolchain", subject: "gcc 11");

        var withCgo = ModuleCheck.Run(Server, Diff("1.21", "1.23", bootstrap, gcc), []);
        var pure = ModuleCheck.Run(Module("go 1.21"), Diff("1.21", "1.23", bootstrap, gcc), []);

        Assert.False(withCgo.Findings.Single(f => f.Fact == bootstrap).Breaking);
        Assert.Equal("uses cgo (import \"C\" in file c.go)", withCgo.Findings.Single(f => f.Fact == gcc).Why);
        Assert.True(withCgo.HasBreaking);
        Assert.DoesNotContain(pure.Findings, f => f.Fact == gcc);
        Assert.False(pure.HasBreaking);
    }

    [Fact]
    public void Breaking_findings_come_first()
    {
        var deprecation = Make(FactKind.Deprecation, "1.22", "Made-up deprecation in crypto/tls.", "crypto/tls");
        var change = Make(FactKind.BehaviorChange, "1.23", "Made-up change in crypto/tls.", "crypto/tls");

        var report = ModuleCheck.Run(Server, Diff("1.21", "1.23", deprecation, change), []);

        Assert.Equal([change, deprecation], report.Findings.Select(f => f.Fact));
    }
}
