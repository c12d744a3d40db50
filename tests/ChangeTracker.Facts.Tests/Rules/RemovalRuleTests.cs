using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests.Rules;

public sealed class RemovalRuleTests
{
    [Theory]
    [InlineData("The go vet -frobnicate flag has been removed.", "go vet -frobnicate flag", "1.40")]
    [InlineData("As a side note, the experimental -zap option is no longer available with go build.", "experimental -zap option", "1.40")]
    [InlineData("The gopher tool is no longer included in the main binary distribution.", "gopher tool", "1.40")]
    [InlineData("Go 1.40 is the last release that will support plugin bundles.", "plugin bundles", "1.41")]
    [InlineData("Setting the environment variable GOFROB=off will cause go commands to fail.", "GOFROB=off", "1.40")]
    [InlineData("The go command no longer accepts the -legacy flag.", "-legacy flag", "1.40")]
    [InlineData("The GOFROBDEBUG environment variable has been discontinued.", "GOFROBDEBUG", "1.40")]
    [InlineData("The frobdb tool has been frozen and removed from the distribution.", "frobdb tool", "1.40")]
    public void Removals_name_what_went(string sentence, string subject, string version)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence));
        Assert.Equal((FactKind.Removal, subject, version), (fact.Kind, fact.Subject, fact.Version.ToString()));
    }

    [Theory]
    [InlineData("removal-is-deleted", "The frobdebug GOEXPERIMENT setting is now deleted.", "frobdebug")]
    [InlineData("removal-is-deleted", "The \"go frob\" subcommand is deleted.", "go frob")]
    [InlineData("removal-also-gone", "The Frobnicate and Defrobnicate helpers are also gone.", "Defrobnicate")]
    [InlineData("removal-also-gone", "The old tool names 7q, 9q and so on are gone.", "7q")]
    [InlineData("removal-has-moved", "The sources of the frob and zap commands have moved to the tools subrepository.", "frob")]
    [InlineData("removal-has-moved", "The experimental package exp/frob has also been moved.", "exp/frob")]
    [InlineData("removal-is-replaced-by", "The old Frobber field is replaced by the Zapper field.", "Frobber")]
    [InlineData("removal-is-renamed", "The old Frobber type is renamed Zapper.", "Frobber")]
    [InlineData("removal-is-renamed", "The FrobInfo type is now named Frob.", "FrobInfo")]
    [InlineData("removal-folded-into", "The old image/frob package has been folded into the image package.", "image/frob")]
    [InlineData("removal-now-resides", "The frobcheck command now resides in exp/frobcheck.", "frobcheck")]
    [InlineData("removal-replaces-old", "The new Zap function replaces the old Frob and Defrob functions.", "Frob")]
    [InlineData("removal-replaces-old", "It replaces frob.NewThing with things.New.", "frob.NewThing")]
    [InlineData("removal-no-longer-has-member", "The *frob.Writer type no longer has a Flush method.", "Flush")]
    [InlineData("removal-there-is-no-longer", "There are no longer status constants such as EFROB in the package.", "EFROB")]
    [InlineData("removal-cannot-anymore", "Frob mode can't be turned off via the environment anymore.", "Frob mode")]
    [InlineData("removal-not-in-distributions", "The packages under the frob directory will not be available in the standard binary distributions.", "frob directory")]
    [InlineData("removal-release-removes", "Go 1.40 removes the old frob hooks from the runtime package.", "frob hooks")]
    [InlineData("removal-release-removes", "We have removed the frobnicate command from the distribution.", "frobnicate command")]
    [InlineData("removal-no-longer-exists", "The frob.Legacy type no longer exists.", "frob.Legacy")]
    [InlineData("removal-is-gone", "The frob-v1 wire format has been phased out.", "frob-v1 wire format")]
    [InlineData("removal-no-longer-supported", "The frob.Zap helper is no longer exported.", "frob.Zap")]
    [InlineData("removal-no-longer-looked-up", "The go command no longer looks for a frob.conf file in parent directories.", "frob.conf file")]
    [InlineData("removal-no-longer-looked-up", "go frob no longer reads the FROBPROXY environment variable, which was an alias for GOPROXY.", "FROBPROXY environment variable")]
    [InlineData("removal-no-longer-looked-up", "The frob runtime no longer honors the setting frobtrace=3, which has been taken out.", "frobtrace=3")]
    [InlineData("removal-scheme-no-longer-recognized", "The naming scheme that let test files end in _zaptest.go is no longer recognized.", "naming scheme")]
    [InlineData("removal-form-no-longer-accepted", "The two-argument form of the frob tool's -zap option is no longer accepted.", "-zap option")]
    [InlineData("removal-no-replacement", "The frob.Alloc and frob.Free helpers, a debugging aid for the allocator, have no replacement.", "frob.Free")]
    [InlineData("removal-reduced-to", "The set of frob constructors has been reduced to NewFrob and NewFrobSize.", "frob constructors")]
    [InlineData("removal-reworked", "In Go 1.40, the frob package has been significantly reworked to be simpler.", "frob package")]
    [InlineData("removal-code-should-move", "Code using the frob.Handle interface should now use package zap.", "frob.Handle")]
    [InlineData("removal-moved-several-into", "Go 1.40 has moved a number of frob packages into the x subrepositories.", "frob packages")]
    [InlineData("removal-is-gone", "In Go 1.40, that notation has gone; write frob(x) instead.", "notation")]
    [InlineData("removal-moved-or-renamed", "To keep the main tree small, the frob and zap sources have been moved to the x repository.", "zap")]
    [InlineData("removal-replaced-by", "The Walk method (which used to return a channel) has been replaced with the Each method.", "Walk")]
    [InlineData("removal-consolidated-into-one", "The per-target frobbers (5f, 7f, etc.) have each been consolidated into a single frob tool.", "5f")]
    [InlineData("removal-fewer-included", "The binary distribution will include fewer prebuilt frob helpers.", "prebuilt frob helpers")]
    [InlineData("removal-used-to-be-possible", "In the frob assembler it used to be possible to name the scratch registers F9 and F10 directly.", "F10")]
    [InlineData("removal-refactored-into", "In Go 1.40 the frob package is refactored, putting the rarely used helpers into a frobutil subdirectory.", "rarely used helpers")]
    [InlineData("removal-instead-of-calling", "Instead of calling frob.NewThingDoc(pkg), documentation for a thing is now built with frob.New.", "frob.NewThingDoc")]
    [InlineData("removal-is-gone", "The experimental zap mode was taken out.", "zap mode")]
    [InlineData("removal-is-gone", "The zap cache off switch has been taken away.", "zap cache off switch")]
    [InlineData("removal-is-gone", "The zap package's Old method has been unexported.", "zap package's Old method")]
    [InlineData("removal-release-removes", "Go 1.40 does away with the GOZAP=classic mode.", "GOZAP=classic mode")]
    [InlineData("removal-support-dropped", "Support for zap v1 manifests has ended.", "zap v1 manifests")]
    [InlineData("removal-is-gone", "The frob debugging hook is not available any longer.", "frob debugging hook")]
    [InlineData("removal-has-moved", "The frobdiff tool has been rewritten in Go and moved to golang.org/x/frob.", "frobdiff")]
    [InlineData("removal-is-gone", "The experimental frob package is withdrawn.", "experimental frob package")]
    [InlineData("removal-was-removed", "The deprecated Frob.Zap method was finally removed.", "Frob.Zap")]
    [InlineData("removal-has-been-removed", "The frob shim has finally been removed.", "frob shim")]
    [InlineData("removal-stopped-shipping", "We have stopped shipping the frob helper binary in the archive.", "frob helper binary")]
    [InlineData("removal-no-longer-supported", "The old frob/v1 directory is no longer part of the distribution.", "frob/v1")]
    [InlineData("removal-changelog-removed", "Removed: the frob.LegacyDial helper.", "frob.LegacyDial helper")]
    [InlineData("removal-changelog-removed", "The frob tool has dropped the old v0 manifest reader.", "old v0 manifest reader")]
    [InlineData("removal-changelog-removed", "Nightly builds for the frobos/mips port are discontinued.", "Nightly builds for the frobos/mips port")]
    [InlineData("removal-changelog-removed", "The -zapmode=old flag is not accepted any longer.", "-zapmode=old")]
    [InlineData("removal-support-dropped", "The frob archiver drops its support for the v0 layout.", "v0 layout")]
    [InlineData("removal-changelog-removed", "go frob drops the -legacyprofile flag.", "-legacyprofile flag")]
    [InlineData("removal-changelog-removed", "The frob server drops its built-in fallback to HTTP/1.0.", "built-in fallback")]
    [InlineData("removal-relative-subject", "The quiet fallback to the system C compiler when the frob assembler failed has been withdrawn.", "fallback")]
    [InlineData("removal-relative-subject", "The automatic retry over plain HTTP when a secure fetch fails has been removed.", "retry over plain HTTP")]
    public void Removals_worded_as_gone_moved_or_replaced(string rule, string sentence, string named)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence), f => f.Kind == FactKind.Removal);
        Assert.StartsWith(rule, fact.Rule, StringComparison.Ordinal);
        Assert.Contains(named, fact.Subject + " " + fact.Evidence, StringComparison.Ordinal);
        Assert.Equal("1.40", fact.Version.ToString());
    }

    [Theory]
    [InlineData("The frob tracebacks no longer include generated wrapper functions.")]
    [InlineData("The encoder no longer writes a trailing newline to the output.")]
    [InlineData("The assembler no longer implements MOVQ $0, BX as a XORQ instruction.")]
    [InlineData("Frobbed names are no longer accepted in packages that use the frob tool.")]
    [InlineData("There is no longer a limit on the size of frob tables.")]
    [InlineData("The Frob helpers are deprecated and are superseded by the zap package.")]
    [InlineData("The frob limits have been moved to the frob.Limits structure.")]
    [InlineData("The weak frob suites have been moved to InsecureFrobSuites.")]
    [InlineData("The frob package used to live in the x repository; as of Go 1.40 it has been relocated to the main repository.")]
    [InlineData("In Go 1.40, much of the frob API has been removed in favor of the zap package.")]
    [InlineData("Some have moved, some have been renamed, some have been deleted.")]
    [InlineData("The frob.Run function can no longer be interrupted by a signal handler.")]
    [InlineData("The frob cache is now removed from the critical path, which reduces latency.")]
    [InlineData("Trailing whitespace is now removed from frob values before comparison.")]
    [InlineData("The frob documentation has moved to a new website.")]
    [InlineData("The frob tests have been moved to a separate module.")]
    [InlineData("A lock was removed from the frob fast path.")]
    [InlineData("Several obsolete comments have been removed from the frob sources.")]
    [InlineData("Duplicate entries are removed from the frob output.")]
    [InlineData("This release removes the assembly implementations of frob, leaving only the Go version.")]
    [InlineData("Frob tracing is disabled unless GODEBUG=frobtrace=1 is set.")]
    public void Output_and_validation_changes_are_not_removals(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Runtime", NotesCategory.Runtime, sentence), f => f.Kind == FactKind.Removal);
    }

    [Fact]
    public void A_library_removal_names_its_package()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "crypto/tls", NotesCategory.MinorLibraryChanges, "The Config.Frob field has been removed.", "crypto/tls"));
        Assert.Equal("crypto/tls: Config.Frob field", fact.Subject);
    }

    [Fact]
    public void A_deprecation_with_a_planned_removal_is_both_a_deprecation_now_and_a_removal_then()
    {
        var facts = TestNotes.Facts("1.40", "crypto/tls", NotesCategory.MinorLibraryChanges,
            "Support for the Frob cipher is now deprecated and will be removed in Go 1.42.", "crypto/tls");
        var deprecation = Assert.Single(facts, f => f.Kind == FactKind.Deprecation);
        Assert.Equal(("crypto/tls: Frob cipher", "1.40", "1.42"),
            (deprecation.Subject, deprecation.Version.ToString(), deprecation.EffectiveVersion?.ToString()));
        var removal = Assert.Single(facts, f => f.Kind == FactKind.Removal);
        Assert.Equal(("crypto/tls: Frob cipher", "1.42", "1.41", "1.40"),
            (removal.Subject, removal.Version.ToString(), removal.LastVersion?.ToString(), removal.AnnouncedIn?.ToString()));
    }

    [Fact]
    public void The_language_section_yields_removals_but_not_behaviour_changes()
    {
        var facts = TestNotes.Facts("1.40", "Language", NotesCategory.Language,
            "Finally, frob equality is gone too. Frob literals now evaluate their operands left to right. In the specification, the notion of frob types has been removed.");
        var removal = Assert.Single(facts, f => f.Kind != FactKind.Feature);
        Assert.Equal((FactKind.Removal, "frob equality"), (removal.Kind, removal.Subject));
    }

    [Fact]
    public void A_rename_whose_old_names_keep_working_deprecates_them()
    {
        var facts = TestNotes.Facts("1.40", "frob", NotesCategory.MinorLibraryChanges,
            "frob.Ptr has been renamed to frob.Pointer to match its siblings. The old name keeps working for code that already calls it.", "frob");
        var fact = Assert.Single(facts);
        Assert.Equal((FactKind.Deprecation, "1.40"), (fact.Kind, fact.Version.ToString()));
        Assert.Contains("frob.Ptr", fact.Evidence, StringComparison.Ordinal);
        var inOneSentence = Assert.Single(TestNotes.Facts("1.40", "frob", NotesCategory.MinorLibraryChanges,
            "The -frobflag option was renamed to -frob, and the old spelling continues to work.", "frob"));
        Assert.Equal(FactKind.Deprecation, inOneSentence.Kind);
        var alias = Assert.Single(TestNotes.Facts("1.40", "frob", NotesCategory.MinorLibraryChanges,
            "FrobReader has been renamed to FrobStreamReader, and FrobReader remains as an alias.", "frob"));
        Assert.Equal(FactKind.Deprecation, alias.Kind);
    }

    [Fact]
    public void A_language_preview_of_something_new_is_no_deprecation()
    {
        Assert.Empty(TestNotes.Facts("1.40", "Language", NotesCategory.Language,
            "Go 1.40 ships an early look at frob literals, a language change that a later version of Go may adopt."));
    }

    [Theory]
    [InlineData("Frob throughput will continue to improve in future releases.")]
    [InlineData("The frob mode currently needs a main package, but we plan to lift this restriction in a future release.")]
    [InlineData("go vet now warns if a frob it checks is deprecated.")]
    [InlineData("Users of runtime.Frobs should avoid directly inspecting the slice it returns.")]
    public void Plans_to_improve_or_relax_are_not_deprecations(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence), f => f.Kind == FactKind.Deprecation);
    }

    [Fact]
    public void An_introduction_yields_only_its_plain_deprecations_and_dated_changes()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Introduction", NotesCategory.Introduction,
            "Go 1.40 speeds up the frob linker, now requires macOS 15, and deprecates the Zap setting."));
        Assert.Equal(FactKind.Deprecation, fact.Kind);
        var dated = Assert.Single(TestNotes.Facts("1.40", "Introduction", NotesCategory.Introduction,
            "As of Go 1.40, the frob command by default checks every download against the Frob ledger."));
        Assert.Equal(FactKind.BehaviorChange, dated.Kind);
        Assert.Empty(TestNotes.Facts("1.40", "Introduction", NotesCategory.Introduction,
            "The frob command now checks every download, and the linker now writes smaller binaries."));
        Assert.Empty(TestNotes.Facts("1.40", "Introduction", NotesCategory.Introduction,
            "As of Go 1.40, the frob command can check every download against the new Frob ledger."));
    }

    [Theory]
    [InlineData("", new[] { "frob/old", "zap" })]
    [InlineData("<p>and also the command frobtry.</p>", new[] { "frob/old", "the command frobtry", "zap" })]
    public void A_removal_that_ends_in_a_colon_removes_each_entry_of_the_list_after_it(string afterList, string[] removed)
    {
        var html = "<p>Go 1.40 deletes several packages outright:</p><ul><li><code>frob/old</code></li><li><code>zap</code></li></ul>" + afterList;
        var item = new NotesItem(0, "deleted", NotesCategory.Library, null, ChangeTracker.Facts.Text.Paragraphs.TextOf(html), html);
        var section = new NotesSection(0, "deleted", "Deleted packages", "Deleted packages", 3, NotesCategory.Library, null, [item]);
        var removals = TestNotes.Facts(section).Where(f => f.Kind == FactKind.Removal).ToList();
        Assert.Equal(removed, removals.Select(f => f.Subject).Order(StringComparer.Ordinal));
        Assert.All(removals, f => Assert.StartsWith("Go 1.40 deletes several packages outright:", f.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_and_a_removal_joined_by_and_are_both_kept_but_a_consequence_after_a_removal_is_not()
    {
        var both = TestNotes.Facts("1.40", "net/frob", NotesCategory.MinorLibraryChanges,
            "Header parsing is now stricter: tabs inside names are no longer trimmed, and support for the frob encoding was dropped.", "net/frob");
        Assert.Equal([FactKind.Removal, FactKind.BehaviorChange], both.Where(f => f.Kind != FactKind.Feature).Select(f => f.Kind).Order());
        var one = TestNotes.Facts("1.40", "net/frob", NotesCategory.MinorLibraryChanges,
            "Support for the frob encoding was dropped; readers of it will no longer decode frob bodies.", "net/frob");
        Assert.Equal(FactKind.Removal, Assert.Single(one, f => f.Kind != FactKind.Feature).Kind);
    }

    [Fact]
    public void Something_still_present_until_a_named_release_is_removed_then()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools,
            "The old frob API is still present if GOEXPERIMENT=oldfrob is set, but will be removed in Go 1.41."));
        Assert.Equal((FactKind.Removal, "1.41", "1.40"), (fact.Kind, fact.Version.ToString(), fact.AnnouncedIn?.ToString()));
    }

    [Fact]
    public void A_removal_of_something_named_only_by_reference_is_kept_under_its_section()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Frob notation", NotesCategory.Tools, "Go 1.41 will remove support for the old syntax."));
        Assert.Equal((FactKind.Removal, "1.41"), (fact.Kind, fact.Version.ToString()));
        Assert.Contains("old syntax", fact.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_announced_for_a_future_version_is_about_the_setting_that_governs_it()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "archive/frob", NotesCategory.MinorLibraryChanges,
            "Setting GODEBUG=frobstrict=1 makes the Reader reject unsafe frob names. A future version of Go may reject unsafe frob names by default.", "archive/frob"),
            f => f.Kind == FactKind.Deprecation);
        Assert.Equal(("GODEBUG frobstrict=1", "1.40"), (fact.Subject, fact.Version.ToString()));
    }

    [Fact]
    public void A_vague_subject_takes_the_setting_named_just_before()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Runtime", NotesCategory.Runtime,
            "The new scheduler can be disabled with GOEXPERIMENT=nofastsched. That opt-out setting is expected to be removed in Go 1.41."));
        Assert.Equal((FactKind.Removal, "GOEXPERIMENT=nofastsched", "1.41", "1.40", true),
            (fact.Kind, fact.Subject, fact.Version.ToString(), fact.AnnouncedIn?.ToString(), fact.Tentative));
    }

    [Theory]
    [InlineData("The Reader no longer returns an error for empty input.")]
    [InlineData("Calls to Frob are no longer necessary.")]
    [InlineData("The limit on the number of goroutines has been removed.")]
    [InlineData("The syscall package is no longer marked as deprecated.")]
    [InlineData("The internal/frobcache package was removed; this has no effect on user programs.")]
    [InlineData("The cmd/frob/internal/legacy directory was deleted from the source tree.")]
    [InlineData("An unused unexported field in the frob.Conn struct was removed.")]
    [InlineData("Dead code in the zap decoder was removed.")]
    [InlineData("The duplicate warning printed by frob build for cyclic imports has been removed.")]
    [InlineData("A spurious blank line at the end of frob doc output was removed.")]
    [InlineData("If the new Dialer.FrobDelay field is negative, the new frob fallback is disabled.")]
    [InlineData("Internal packages of the frob linker have been reorganized with no user-visible effect.")]
    [InlineData("The frob checker has been restructured internally, which has no visible effect on the programs it accepts.")]
    public void Behaviour_changes_relaxations_and_unreachable_code_are_not_removals(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Runtime", NotesCategory.Runtime, sentence),
            f => f.Kind is FactKind.Removal or FactKind.Deprecation);
    }
    [Theory]
    [InlineData("deprecation-should-be-avoided", "The older go tool frob does not and should be avoided outside the toolchain.", "1.40")]
    [InlineData("deprecation-obsolete", "The new Zap field obsoletes the Frob and Defrob fields.", "1.40")]
    [InlineData("deprecation-comment-added", "Frob is rarely needed now, so it has been given a partial deprecation comment.", "1.40")]
    [InlineData("deprecation-all-deprecated", "The Frob and Zap functions, and the Mode type, are all deprecated.", "1.40")]
    [InlineData("deprecation-is-deprecated", "The frob.Old helper has been marked deprecated.", "1.40")]
    [InlineData("deprecation-frozen", "The frob package is now frozen except for security fixes.", "1.40")]
    [InlineData("deprecation-considering-for-future", "We are considering rejecting frob names in a future release of Go.", "1.40")]
    [InlineData("deprecation-in-a-future-release", "In a future Go release we may turn frob mode on by default.", "1.40")]
    [InlineData("deprecation-may-change-to", "The behavior might change to a panic in a future release.", "1.40")]
    [InlineData("deprecation-new-code-should-use", "The frob package keeps working, but we encourage new code to use zap.", "1.40")]
    [InlineData("deprecation-recommended-update", "Although the old form still works, it is recommended that scripts using the -frob flag be updated.", "1.40")]
    [InlineData("deprecation-plan-for-release", "If nobody objects, we plan to tighten the frob rules for Go 1.42.", "1.40")]
    [InlineData("deprecation-will-stop-accepting", "Around next spring, go get will stop accepting the old frob.example.org import paths.", "1.40")]
    [InlineData("deprecation-intended-to-be-removed", "The go command now refuses frob files, since the frob compilers (5f etc.) are intended to be removed in some future release.", "1.40")]
    [InlineData("deprecation-obsolete", "The frob tool is considered obsolete and may go away.", "1.40")]
    [InlineData("deprecation-obsolete", "The zap mode is slated for removal.", "1.40")]
    [InlineData("deprecation-new-code-should-use", "Users should migrate away from Frob.V1 as soon as they can.", "1.40")]
    [InlineData("deprecation-should-be-avoided", "Frob.Bad should no longer be used.", "1.40")]
    [InlineData("deprecation-future-change", "We plan to remove the -old flag in the next release.", "1.40")]
    [InlineData("deprecation-comment-added", "The frob.Encoder type now carries a deprecation notice pointing to frob.StreamEncoder.", "1.40")]
    [InlineData("deprecation-comment-added", "The frob.Config.UseOld field carries a Deprecated comment in its documentation.", "1.40")]
    [InlineData("deprecation-new-code-should-use", "Users of the frob.Reader type are encouraged to migrate to frob.BufferedReader.", "1.40")]
    [InlineData("deprecation-new-code-should-use", "Developers are encouraged to migrate from the frob package to the frob/v2 module.", "1.40")]
    [InlineData("deprecation-new-code-should-use", "New programs should avoid the frobzap package, which is kept only for old code.", "1.40")]
    [InlineData("deprecation-will-stop-accepting", "Support for the GOFROBMODE setting will end after Go 1.43.", "1.40")]
    [InlineData("deprecation-will-be-removed", "The -oldfrob flag may be removed in a later release.", "1.40")]
    [InlineData("deprecation-will-be-removed", "The frob.Hash32 function is likely to be dropped in a future release.", "1.40")]
    [InlineData("deprecation-should-be-avoided", "The frob.Buffer.Grow2 method should not be used in new code.", "1.40")]
    [InlineData("deprecation-should-be-avoided", "The frob.SetGlobal function should no longer be called; configure a frob.Config value instead.", "1.40")]
    [InlineData("deprecation-plan-for-release", "We expect to remove the frob.OldFormat constant in Go 1.44.", "1.40")]
    [InlineData("deprecation-deprecates", "We are deprecating the frob.Listener.Accept2 method.", "1.40")]
    [InlineData("deprecation-is-deprecated", "The frob.Timer.Reset2 method is deprecated since it cannot be used safely.", "1.40")]
    [InlineData("deprecation-future-release-will-remove", "A future release will remove the frobcn=1 setting, so programs that depend on it should be updated.", "1.40")]
    [InlineData("deprecation-is-deprecated", "The frob.Config.Old field is now marked deprecated.", "1.40")]
    public void Deprecations_in_softer_wordings(string rule, string sentence, string version)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence), f => f.Kind == FactKind.Deprecation);
        Assert.StartsWith(rule, fact.Rule, StringComparison.Ordinal);
        Assert.Equal(version, fact.Version.ToString());
    }

    [Theory]
    [InlineData("Such frob keys are weak and should not be used.")]
    [InlineData("The frob register is now clobbered by some loads and should be avoided in assembly.")]
    [InlineData("In a future release, frob tools will also print their version.")]
    public void Soft_wordings_that_are_not_deprecations(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence), f => f.Kind == FactKind.Deprecation);
    }
}
