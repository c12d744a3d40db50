using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

/// <summary>A long jump equals the union of the adjacent diffs it spans, over a chain of six majors.</summary>
public class UnionPropertyTests
{
    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        for (var i = 0; i < Chain.Count; i++)
            for (var j = i + 1; j < Chain.Count; j++)
                data.Add(i, j);
        return data;
    }

    private static List<VersionDiff> Adjacent(int i, int j) =>
        Enumerable.Range(i, j - i).Select(k => DiffEngine.Compute(Chain[k], Chain[k + 1], Input())).ToList();

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Facts_of_a_long_jump_are_the_disjoint_union_of_the_adjacent_diffs(int i, int j)
    {
        var jump = DiffEngine.Compute(Chain[i], Chain[j], Input());
        var parts = Adjacent(i, j);

        var union = parts.SelectMany(p => p.Facts).ToList();
        Assert.Equal(union.Count, union.Distinct().Count()); // adjacent diffs never share a fact
        Assert.Equal(union.ToHashSet(), jump.Facts.ToHashSet());
        Assert.Equal(union.Count, jump.Facts.Count);
        Assert.Equal(parts.SelectMany(p => p.MajorsCrossed), jump.MajorsCrossed);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Revisions_of_a_long_jump_are_the_concatenation_of_the_adjacent_diffs(int i, int j)
    {
        var jump = DiffEngine.Compute(Chain[i], Chain[j], Input());
        IEnumerable<MinorRevision> concatenated = Adjacent(i, j).SelectMany(p => p.Revisions);

        Assert.Equal(concatenated, jump.Revisions);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Coming_next_of_a_long_jump_is_what_the_adjacent_diffs_announce_beyond_its_end(int i, int j)
    {
        var jump = DiffEngine.Compute(Chain[i], Chain[j], Input());
        var end = Chain[j];
        var expected = Adjacent(i, j).SelectMany(p => p.ComingNext)
            .Where(f => Effective(f) is not { } e || e.Line > end.Line)
            .ToHashSet();

        Assert.Equal(expected, jump.ComingNext.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_long_downgrade_has_the_union_too(int i, int j)
    {
        var down = DiffEngine.Compute(Chain[j], Chain[i], Input());

        Assert.True(down.IsDowngrade);
        Assert.Equal(Adjacent(i, j).SelectMany(p => p.Facts).ToHashSet(), down.Facts.ToHashSet());
    }

    [Fact]
    public void The_chain_has_facts_in_every_step_so_the_property_is_not_vacuous()
    {
        Assert.Equal(6, Chain.Count);
        Assert.All(Adjacent(0, Chain.Count - 1), p => Assert.NotEmpty(p.Facts));
    }

    private static GoVersion? Effective(Fact f) => f.Kind == FactKind.Deprecation ? f.EffectiveVersion : f.Version;
}
