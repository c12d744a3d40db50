using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests;

public sealed class FactLinkerTests
{
    private static IReadOnlyList<Fact> From(string version, string text) =>
        TestNotes.Facts(version, "Tools", NotesCategory.Tools, text);

    [Fact]
    public void An_announcement_and_its_confirmation_become_one_fact()
    {
        var announced = From("1.40", "Go 1.40 is the last release that will support frob packages.");
        var confirmed = From("1.41", "As announced in the Go 1.40 release notes, frob packages are no longer supported.");

        var fact = Assert.Single(FactLinker.Link(confirmed.Concat(announced)));
        Assert.Equal(("1.41", "1.40", "1.40", "https://go.dev/doc/go1.40#tools"),
            (fact.Version.ToString(), fact.LastVersion?.ToString(), fact.AnnouncedIn?.ToString(), fact.Source));
    }

    [Fact]
    public void A_removal_points_back_to_its_deprecation()
    {
        var deprecated = From("1.40", "The go build -zap flag is deprecated and will be removed in a future version.");
        var removed = From("1.42", "The go build -zap flag has been removed.");

        var linked = FactLinker.Link(removed.Concat(deprecated));
        var removal = Assert.Single(linked, f => f.Kind == FactKind.Removal);
        Assert.Equal(("1.42", "1.40"), (removal.Version.ToString(), removal.AnnouncedIn?.ToString()));
        Assert.Single(linked, f => f.Kind == FactKind.Deprecation);
    }

    [Fact]
    public void A_named_level_wins_over_one_made_up_from_a_new_minimum()
    {
        var announced = From("1.40", "Go 1.40 is the last release that will run on FreeBSD 13.x.");
        var confirmed = From("1.41", "As announced in the Go 1.40 release notes, Go 1.41 now requires FreeBSD 14.1 or later.");

        var fact = Assert.Single(FactLinker.Link(announced.Concat(confirmed)));
        Assert.Equal(("FreeBSD 13.x", "1.41", "1.40"), (fact.Subject, fact.Version.ToString(), fact.AnnouncedIn?.ToString()));
    }

    [Fact]
    public void Output_is_ordered_by_version_kind_and_subject_whatever_the_input_order()
    {
        var facts = From("1.41", "The beta tool has been removed. The alpha tool has been removed.")
            .Concat(From("1.40", "Go 1.40 adds an experimental port to Linux on RISC-V (linux/riscv64)."))
            .ToList();
        var forward = FactLinker.Link(facts);
        var backward = FactLinker.Link(Enumerable.Reverse(facts));
        Assert.Equal(forward, backward);
        Assert.Equal(["linux/riscv64", "alpha tool", "beta tool"], forward.Select(f => f.Subject));
    }
}
