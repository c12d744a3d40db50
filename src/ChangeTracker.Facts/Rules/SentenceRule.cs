using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// One named, declarative rule: a pattern over a sentence of the notes, the kind of fact it produces, how the
/// sentence places the fact in time and where the subject comes from. Optional groups: "v" (the release the
/// sentence names), "subject" (for <see cref="Target.Subject"/>), "experimental".
/// </summary>
public sealed record SentenceRule(string Name, FactKind Kind, Timing Timing, Target Target, Regex Pattern)
{
    public SentenceRule(string name, FactKind kind, Timing timing, Target target, string pattern)
        : this(name, kind, timing, target, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, TimeSpan.FromSeconds(5)))
    {
    }

    /// <summary>For requirement rules: cpu, kernel, toolchain or runtime.</summary>
    public string? Area { get; init; }

    /// <summary>
    /// For announcements of a default to come ("A future version may disable frobbing by default"): the subject is the
    /// setting that governs that default, named in the sentence or the one before it.
    /// </summary>
    public bool SubjectIsGoverningSetting { get; init; }

    /// <summary>True when the rule names a level below a new minimum rather than a level the notes name.</summary>
    public bool DerivesSubject => Target == Target.LevelsRequired;
}
