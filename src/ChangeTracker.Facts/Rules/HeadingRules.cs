using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>Rules over section headings ("X.509 CommonName deprecation", "go tool vet no longer supported"); the fact cites the section's first item.</summary>
public static class HeadingRules
{
    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("heading-deprecation", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"^(?<subject>.+?) deprecation$"),
        new("heading-deprecation-of", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"^Deprecation of (?<subject>.+)$"),
        new("heading-no-longer-supported", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?<subject>.+?) no longer supported$"),
    ];
}
