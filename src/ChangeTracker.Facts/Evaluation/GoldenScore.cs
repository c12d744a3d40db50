using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Evaluation;

/// <summary>Recall and precision of one kind over one part of the golden lists (tuned or held out).</summary>
public sealed record KindScore(FactKind Kind, string Part, int Golden, int Found, int Extracted, int Correct)
{
    public double Recall => Golden == 0 ? 1 : (double)Found / Golden;
    public double Precision => Extracted == 0 ? 1 : (double)Correct / Extracted;
}

/// <summary>The whole evaluation: per-kind scores for each part, what was missed or extra, and broken announcements.</summary>
public sealed record GoldenScore(
    IReadOnlyList<KindScore> Scores,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Extra,
    IReadOnlyList<string> ReportedAsDone)
{
    public const string Tuned = "tuned";
    public const string HeldOut = "held-out";
    public const string All = "all";

    public KindScore Of(FactKind kind, string part) => Scores.Single(s => s.Kind == kind && s.Part == part);
}
