using ChangeTracker.Diffs;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Modules.Tests.Checking;

/// <summary>Invented facts (our own wording) and a diff over them, for checks that need no database.</summary>
internal static class CheckFacts
{
    public static Fact Make(FactKind kind, string version, string evidence, string? component = null, string? port = null,
        string? godebug = null, string? area = null, string? subject = null, bool? breaking = null) => new()
    {
        Id = $"{version}-{kind.ToName()}-{Math.Abs(evidence.GetHashCode()) % 100000}",
        Kind = kind,
        Version = GoVersion.Parse(version),
        Subject = subject ?? port ?? evidence,
        Summary = evidence,
        Evidence = evidence,
        Source = $"https://go.dev/doc/go{version}#x",
        Component = component,
        Port = port,
        Godebug = godebug,
        Area = area,
        Minimum = area is null ? null : subject,
        Breaking = breaking ?? FactKinds.Of(kind).Breaking,
    };

    public static VersionDiff Diff(string from, string to, params Fact[] facts) => new()
    {
        From = GoVersion.Parse(from),
        To = GoVersion.Parse(to),
        Facts = facts,
    };
}
