using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Modules.Checking;

/// <summary>The parts of an upgrade check, in the order a report shows them.</summary>
public enum CheckSection
{
    Platforms,
    Requirements,
    Packages,
    Godebug,
    BuildFiles,
    ComingNext,
}

/// <summary>One fact that touches the module, with every reason it applies ("imports crypto/tls (server.go)").</summary>
public sealed record CheckFinding(Fact Fact, CheckSection Section, IReadOnlyList<string> Reasons, bool Breaking)
{
    /// <summary>The reasons as one line: "imports crypto/tls (server.go); uses tls.Config".</summary>
    public string Why => string.Join("; ", Reasons);
}

/// <summary>What an upgrade check found: the facts that touch the module, breaking first, and what it could not judge.</summary>
public sealed record CheckReport
{
    public required GoVersion From { get; init; }
    public required GoVersion To { get; init; }
    public string? ModulePath { get; init; }
    public string? GoLine { get; init; }
    public string? Toolchain { get; init; }
    public int FilesRead { get; init; }
    public int StandardImports { get; init; }
    public IReadOnlyList<DiffTarget> Targets { get; init; } = [];
    public IReadOnlyList<CheckFinding> Findings { get; init; } = [];

    /// <summary>Sentences on what the check could not judge or did not need to.</summary>
    public IReadOnlyList<string> NotJudged { get; init; } = [];

    public bool HasBreaking => Findings.Any(f => f.Breaking);

    public int BreakingCount => Findings.Count(f => f.Breaking);

    public static string SectionTitle(CheckSection section) => section switch
    {
        CheckSection.Platforms => "Targets that lose support",
        CheckSection.Requirements => "Raised requirements",
        CheckSection.Packages => "Packages and identifiers it uses",
        CheckSection.Godebug => "GODEBUG settings it sets",
        CheckSection.BuildFiles => "Build constraints, file names and directives",
        _ => "Announced for later releases",
    };

    public static string SectionName(CheckSection section) => section switch
    {
        CheckSection.Platforms => "platforms",
        CheckSection.Requirements => "requirements",
        CheckSection.Packages => "packages",
        CheckSection.Godebug => "godebug",
        CheckSection.BuildFiles => "buildFiles",
        _ => "comingNext",
    };
}
