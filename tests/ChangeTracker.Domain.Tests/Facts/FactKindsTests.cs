using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using Xunit;

namespace ChangeTracker.Domain.Tests.Facts;

/// <summary>The kind catalogue: every kind has exactly one row, the contract names of DESIGN.md, breaking kinds first.</summary>
public sealed class FactKindsTests
{
    [Fact]
    public void Every_kind_has_one_row_with_its_design_name()
    {
        Assert.Equal(Enum.GetValues<FactKind>().Length, FactKinds.All.Count);
        Assert.Equal(Enum.GetValues<FactKind>().Order(), FactKinds.All.Select(k => k.Kind).Order());
        Assert.Equal(
            ["behavior_change", "deprecation", "feature", "os_support_ended", "port_added", "port_binaries_dropped", "port_broken",
             "port_removed", "port_renamed", "removal", "requirement_raised"],
            FactKinds.All.Select(k => k.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_names_constant_lists_the_kinds_in_report_order()
    {
        Assert.Equal(FactKinds.NamesText, string.Join(", ", FactKinds.Names));
    }

    [Fact]
    public void Names_parse_back_and_unknown_names_do_not()
    {
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            Assert.True(FactKinds.TryParse(kind.ToName().ToUpperInvariant(), out var parsed));
            Assert.Equal(kind, parsed);
        }
        Assert.False(FactKinds.TryParse("deprecations", out _));
        Assert.False(FactKinds.TryParse(null, out _));
    }

    [Fact]
    public void Reports_lead_with_what_breaks()
    {
        var order = FactKinds.InReportOrder;
        var lastBreaking = order.ToList().FindLastIndex(k => k.BreaksByDefault());
        var firstSafe = order.ToList().FindIndex(k => !k.BreaksByDefault());
        Assert.True(lastBreaking < firstSafe, "every breaking kind comes before every non-breaking one");
        Assert.Equal(FactKind.Feature, order[^1]);
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData(null, true, false)]
    [InlineData(AnnouncementStatus.Done, true, true)]
    [InlineData(AnnouncementStatus.Pending, false, false)]
    [InlineData(AnnouncementStatus.Withdrawn, false, false)]
    public void Only_facts_that_happened_are_reported_as_having_happened(AnnouncementStatus? status, bool tentative, bool happened)
    {
        var fact = new Fact
        {
            Kind = FactKind.OsSupportEnded, Version = GoVersion.Parse("1.13"), Subject = "macOS 10.10", Summary = "s", Source = "u", Evidence = "e",
            Status = status, Tentative = tentative,
        };
        Assert.Equal(happened, fact.HasHappened);
        Assert.True((fact with { Kind = FactKind.Deprecation }).HasHappened);
    }

    [Fact]
    public void Facts_with_equal_symbols_are_equal()
    {
        var a = new Fact { Kind = FactKind.Feature, Version = GoVersion.Parse("1.12"), Subject = "syscall", Summary = "s", Source = "u", Evidence = "e", Symbols = new Symbols(["syscall.Syscall18"]) };
        var b = a with { Symbols = Symbols.Parse("syscall.Syscall18") };
        Assert.Equal(a, b);
        Assert.Equal("syscall.Syscall18", b.Symbols.ToString());
    }
}
