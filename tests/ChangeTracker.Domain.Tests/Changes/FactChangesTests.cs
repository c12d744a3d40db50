using ChangeTracker.Domain.Changes;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Tests.Changes;

public sealed class FactChangesTests
{
    private static Fact Fact(string id, string summary, FactKind kind = FactKind.Removal) => new()
    {
        Id = id,
        Kind = kind,
        Version = GoVersion.Parse("1.13"),
        Page = GoVersion.Parse("1.13"),
        Subject = id,
        Summary = summary,
        Source = "https://go.dev/doc/go1.13#x",
        Evidence = summary,
    };

    [Fact]
    public void The_same_facts_again_are_no_change()
    {
        var facts = new[] { Fact("a", "A went away."), Fact("b", "B went away.") };
        Assert.Empty(FactChanges.Between(facts, facts.Select(f => f with { }).ToList()));
    }

    [Fact]
    public void New_ids_are_added_missing_ids_withdrawn_and_other_text_under_the_same_id_changed()
    {
        var before = new[] { Fact("kept", "Kept."), Fact("gone", "Gone soon."), Fact("edited", "Old words.") };
        var after = new[] { Fact("kept", "Kept."), Fact("edited", "New words."), Fact("new", "Brand new.") };

        var changes = FactChanges.Between(before, after);

        Assert.Equal(3, changes.Count);
        var edited = Assert.Single(changes, c => c.FactId == "edited");
        Assert.Equal(FactChangeKind.Changed, edited.Change);
        Assert.Equal("New words.", edited.Summary);
        Assert.Equal("Old words.", edited.PreviousSummary);
        Assert.Equal(FactChangeKind.Added, Assert.Single(changes, c => c.FactId == "new").Change);
        var gone = Assert.Single(changes, c => c.FactId == "gone");
        Assert.Equal(FactChangeKind.Withdrawn, gone.Change);
        Assert.Equal("Gone soon.", gone.Summary);
        Assert.Equal("1.13", gone.Page.ToString());
    }

    [Fact]
    public void A_fact_that_becomes_breaking_or_another_kind_is_changed()
    {
        var before = new[] { Fact("x", "Same words.", FactKind.Feature) };
        Assert.Equal(FactChangeKind.Changed, Assert.Single(FactChanges.Between(before, [before[0] with { Kind = FactKind.Removal }])).Change);
        Assert.Equal(FactChangeKind.Changed, Assert.Single(FactChanges.Between(before, [before[0] with { Breaking = true }])).Change);
    }

    [Fact]
    public void Change_kind_names_round_trip_and_unknown_names_are_errors()
    {
        Assert.All(Enum.GetValues<FactChangeKind>(), k => Assert.Equal(k, FactChangeKindNames.FromName(k.ToName())));
        Assert.Equal(["added", "changed", "withdrawn"], FactChangeKindNames.Names);
        Assert.Throws<ArgumentOutOfRangeException>(() => FactChangeKindNames.FromName("deleted"));
    }
}
