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
    public void Removals_name_what_went(string sentence, string subject, string version)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence));
        Assert.Equal((FactKind.Removal, subject, version), (fact.Kind, fact.Subject, fact.Version.ToString()));
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
    public void Behaviour_changes_and_relaxations_are_not_removals(string sentence)
    {
        Assert.DoesNotContain(TestNotes.Facts("1.40", "Runtime", NotesCategory.Runtime, sentence),
            f => f.Kind is FactKind.Removal or FactKind.Deprecation);
    }
}
