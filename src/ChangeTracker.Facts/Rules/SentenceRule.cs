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
        : this(name, kind, timing, target, Warmed(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, TimeSpan.FromSeconds(5))))
    {
    }

    /// <summary>
    /// A compiled pattern is turned into machine code on its first match, which for the large verb alternations takes
    /// about a second on a busy machine. That first match happens here, when the tables are built, so the time limit of
    /// every real match (which guards against runaway backtracking on hostile pages) measures matching alone.
    /// </summary>
    private static Regex Warmed(Regex regex)
    {
        try
        {
            regex.IsMatch("The frob package now returns an error.");
        }
        catch (RegexMatchTimeoutException)
        {
            // The machine code exists now either way; the time limit applies to real sentences.
        }
        return regex;
    }

    /// <summary>For requirement rules: cpu, kernel, toolchain or runtime.</summary>
    public string? Area { get; init; }

    /// <summary>
    /// True when the sentence that fires only tells how things were before: the fact also cites the sentence next to it,
    /// which states the change.
    /// </summary>
    public bool CitesNeighbour { get; init; }

    /// <summary>
    /// True when a sentence of this rule that follows a removal in the same paragraph only restates it ("programs that
    /// depend on it will break", "Previously, …", "… no longer …"): the paragraph states one change, the removal.
    /// </summary>
    public bool RestatesARemoval { get; init; }

    /// <summary>
    /// For announcements of a default to come ("A future version may disable frobbing by default"): the subject is the
    /// setting that governs that default, named in the sentence or the one before it.
    /// </summary>
    public bool SubjectIsGoverningSetting { get; init; }

    /// <summary>True when the rule names a level below a new minimum rather than a level the notes name.</summary>
    public bool DerivesSubject => Target == Target.LevelsRequired;
}
