using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests;

/// <summary>Hedged announcements are tentative; later notes decide done, withdrawn or pending; only what happened is reported as such.</summary>
public sealed class AnnouncementStatusTests
{
    private static IReadOnlyList<Fact> From(string version, string text) =>
        TestNotes.Facts(version, "Ports", NotesCategory.Ports, text);

    /// <summary>A page that says nothing about the announcement, so that its release counts as published.</summary>
    private static IReadOnlyList<Fact> Quiet(string version) =>
        FactExtractor.Extract(TestNotes.Page(version, ("Tools", NotesCategory.Tools, "go command", "The go command prints a friendlier greeting.")),
            new Uri($"https://go.dev/doc/go{version}")).Facts;

    [Fact]
    public void A_hedged_announcement_that_later_notes_never_confirm_is_withdrawn_and_never_reported_as_done()
    {
        var fact = Assert.Single(FactLinker.Link(From("1.40", "Go 1.40 will likely be the last release that runs on macOS 14 Sonoma.").Concat(Quiet("1.41"))),
            f => f.Kind == FactKind.OsSupportEnded);
        Assert.True(fact.Tentative);
        Assert.Equal(AnnouncementStatus.Withdrawn, fact.Status);
        Assert.Null(fact.ResolvedIn);
        Assert.False(fact.HasHappened);
    }

    [Fact]
    public void A_hedged_announcement_that_a_later_note_confirms_is_done_in_that_release()
    {
        var announced = From("1.40", "Go 1.40 will likely be the last release that runs on macOS 14 Sonoma.");
        var confirmed = From("1.41", "As announced in the Go 1.40 release notes, Go 1.41 requires macOS 15 Sequoia or later; support for macOS 14 Sonoma has been removed.");
        var fact = Assert.Single(FactLinker.Link(announced.Concat(confirmed)), f => f.Kind == FactKind.OsSupportEnded);
        Assert.Equal((AnnouncementStatus.Done, "1.41"), (fact.Status, fact.ResolvedIn?.ToString()));
        Assert.True(fact.HasHappened);
    }

    [Fact]
    public void An_announcement_whose_release_is_not_out_yet_is_pending()
    {
        var fact = Assert.Single(FactLinker.Link(From("1.40", "Go 1.40 is the last release that will run on Windows 10.")));
        Assert.Equal(AnnouncementStatus.Pending, fact.Status);
        Assert.False(fact.Tentative);
        Assert.False(fact.HasHappened);
    }

    [Fact]
    public void A_firm_announcement_is_done_once_its_release_is_out()
    {
        var fact = Assert.Single(FactLinker.Link(From("1.40", "Go 1.40 is the last release that will run on Windows 10.").Concat(Quiet("1.41"))),
            f => f.Kind == FactKind.OsSupportEnded);
        Assert.Equal((AnnouncementStatus.Done, "1.41"), (fact.Status, fact.ResolvedIn?.ToString()));
    }

    [Fact]
    public void A_statement_about_this_release_is_no_announcement()
    {
        var fact = Assert.Single(From("1.40", "Go 1.40 no longer supports OpenBSD 7.1."));
        Assert.Null(fact.Status);
        Assert.False(fact.Tentative);
        Assert.True(fact.HasHappened);
    }

    [Fact]
    public void A_deprecation_that_a_removal_carries_out_is_done()
    {
        var deprecated = TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, "The go build -zap flag is deprecated and may be removed in a future release.");
        var removed = TestNotes.Facts("1.42", "Tools", NotesCategory.Tools, "The go build -zap flag has been removed.");
        var deprecation = Assert.Single(FactLinker.Link(deprecated.Concat(removed)), f => f.Kind == FactKind.Deprecation);
        Assert.True(deprecation.Tentative);
        Assert.Equal((AnnouncementStatus.Done, "1.42"), (deprecation.Status, deprecation.ResolvedIn?.ToString()));
    }
}
