using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Rules;

namespace ChangeTracker.Facts;

/// <summary>When two non-feature facts are the same statement (on one page, or announced on one and confirmed on another).</summary>
public static partial class FactIdentity
{
    public static bool Same(Fact a, Fact b)
    {
        if (a.Kind != b.Kind || a.Kind == FactKind.Feature) return false;
        return a.Kind switch
        {
            FactKind.PortAdded or FactKind.PortRemoved or FactKind.PortBroken or FactKind.PortRenamed or FactKind.PortBinariesDropped
                => a.Port == b.Port && a.Version == b.Version,
            FactKind.RequirementRaised => a.Version == b.Version && a.Area == b.Area && SubjectText.SameThing(SubjectText.Key(a.Subject), SubjectText.Key(b.Subject)),
            FactKind.BehaviorChange => a.Version == b.Version && (a.Evidence == b.Evidence
                || (a.Godebug is not null && a.Godebug == b.Godebug && SubjectText.SameThing(SubjectText.Key(a.Subject), SubjectText.Key(b.Subject)))),
            FactKind.OsSupportEnded => a.Os == b.Os && a.Version == b.Version && SameLevel(a, b),
            FactKind.Removal => a.Version == b.Version && SubjectText.SameThing(SubjectText.Key(a.Subject), SubjectText.Key(b.Subject)),
            _ => SubjectText.SameThing(SubjectText.Key(a.Subject), SubjectText.Key(b.Subject)),
        };
    }

    /// <summary>
    /// Levels match when equal, or when either was made up from a new minimum (it stands for "whatever lay below") and
    /// neither names an old minimum ("the last release that requires kernel 2.6.32 or later" is the range that ends,
    /// not the level below the new minimum).
    /// </summary>
    private static bool SameLevel(Fact a, Fact b) =>
        a.OsVersion == b.OsVersion || (IsDerived(a) || IsDerived(b)) && !NamesOldMinimum(a) && !NamesOldMinimum(b);

    private static bool NamesOldMinimum(Fact fact) => OldMinimum().IsMatch(fact.Evidence);

    [GeneratedRegex(@"\blast (?:Go )?release (?:that|to) (?:will )?requires?\b")]
    private static partial Regex OldMinimum();

    public static bool IsDerived(Fact fact) =>
        fact.Kind == FactKind.OsSupportEnded && OsSupportRules.Table.Any(r => r.Name == fact.Rule && r.DerivesSubject);
}
