using ChangeTracker.Domain.Facts;
using ChangeTracker.Testing;
using Xunit;
using static ChangeTracker.Facts.Tests.GoSitePages.SitePages;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>The facts of the seed blog post on Go 1.12, as the notes of 1.12 and 1.13 give them.</summary>
public sealed class SeedReleaseTests
{
    private static readonly IReadOnlyList<Fact> Facts = LinkedFacts();

    private static Fact One(FactKind kind, Func<Fact, bool> match) =>
        Assert.Single(Facts, f => f.Kind == kind && match(f));

    [GoSiteTheory]
    [InlineData("aix/ppc64", "https://go.dev/doc/go1.12#aix")]
    [InlineData("windows/arm", "https://go.dev/doc/go1.12#windows")]
    public void New_ports_of_1_12(string port, string source)
    {
        var fact = One(FactKind.PortAdded, f => f.Port == port);
        Assert.Equal(("1.12", source), (fact.Version.ToString(), fact.Source));
        Assert.False(string.IsNullOrWhiteSpace(fact.Evidence));
    }

    [GoSiteTheory]
    [InlineData("macOS", "10.10", "https://go.dev/doc/go1.12#darwin")]
    [InlineData("FreeBSD", "10.x", "https://go.dev/doc/go1.12#ports")]
    public void OS_support_ended_in_1_13_as_announced_in_1_12(string os, string level, string source)
    {
        var fact = One(FactKind.OsSupportEnded, f => f.Os == os && f.OsVersion == level);
        Assert.Equal(("1.13", "1.12", "1.12", $"{os} {level}", source),
            (fact.Version.ToString(), fact.LastVersion?.ToString(), fact.AnnouncedIn?.ToString(), fact.Subject, fact.Source));
    }

    [GoSiteTheory]
    [InlineData("binary-only packages", "1.13", "1.12")]
    [InlineData("tour", "1.12", "1.12")]
    [InlineData("godoc webserver", "1.13", "1.12")]
    [InlineData("GOCACHE=off", "1.12", "1.11")]
    public void Removals_around_1_12_are_one_fact_each(string subject, string version, string announced)
    {
        var fact = One(FactKind.Removal, f => f.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((version, announced), (fact.Version.ToString(), fact.AnnouncedIn?.ToString()));
    }

    [GoSiteTheory]
    [InlineData("compiler", "-lang")]
    [InlineData(null, "go directive")]
    [InlineData("crypto/tls", "TLS 1.3")]
    [InlineData("syscall", "Syscall18")]
    public void Features_of_1_12(string? component, string words)
    {
        var features = Facts.Where(f => f.Kind == FactKind.Feature && f.Version.ToString() == "1.12");
        Assert.Contains(features, f => (component is null || (f.Component ?? f.Subject).Contains(component, StringComparison.OrdinalIgnoreCase))
            && f.Evidence.Contains(words, StringComparison.Ordinal) && f.Summary.Length is > 0 and <= 201);
    }
}
