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
    public void A_deprecation_records_when_removal_is_planned()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "crypto/tls", NotesCategory.MinorLibraryChanges,
            "Support for the Frob cipher is now deprecated and will be removed in Go 1.42.", "crypto/tls"));
        Assert.Equal((FactKind.Deprecation, "crypto/tls: Frob cipher", "1.40", "1.42"),
            (fact.Kind, fact.Subject, fact.Version.ToString(), fact.EffectiveVersion?.ToString()));
    }

    [Fact]
    public void A_vague_subject_takes_the_setting_named_just_before()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Runtime", NotesCategory.Runtime,
            "The new scheduler can be disabled with GOEXPERIMENT=nofastsched. That opt-out setting is expected to be removed in Go 1.41."));
        Assert.Equal(("GOEXPERIMENT=nofastsched", "1.41"), (fact.Subject, fact.EffectiveVersion?.ToString()));
    }

    [Theory]
    [InlineData("The Reader no longer returns an error for empty input.")]
    [InlineData("Calls to Frob are no longer necessary.")]
    [InlineData("The limit on the number of goroutines has been removed.")]
    [InlineData("The syscall package is no longer marked as deprecated.")]
    public void Behaviour_changes_are_not_removals(string sentence)
    {
        Assert.Empty(TestNotes.Facts("1.40", "Runtime", NotesCategory.Runtime, sentence));
    }
}
