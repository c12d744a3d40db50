using System.Globalization;
using System.Text;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Evaluation;

/// <summary>The evaluation as a plain-text table: one row per kind, recall and precision for each part.</summary>
public static class GoldenReport
{
    public static string Table(GoldenScore score)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-22} {"tuned recall",16} {"tuned precision",16} {"held-out recall",16} {"held-out precision",18} {"all recall",16} {"all precision",16}  target (all; held-out recall ≥ 90%)");
        foreach (var kind in score.Scores.Select(s => s.Kind).Distinct())
        {
            sb.Append(CultureInfo.InvariantCulture, $"{kind.ToName(),-22}");
            foreach (var part in new[] { GoldenScore.Tuned, GoldenScore.HeldOut, GoldenScore.All })
            {
                var s = score.Of(kind, part);
                var precision = Cell(s.Correct, s.Extracted).PadLeft(part == GoldenScore.HeldOut ? 18 : 16);
                sb.Append(CultureInfo.InvariantCulture, $" {Cell(s.Found, s.Golden),16} {precision}");
            }
            sb.AppendLine("  " + Target(kind, score));
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"announcements reported as happened that never were: {score.ReportedAsDone.Count}");
        return sb.ToString();
    }

    /// <summary>The Facts v2 targets: recall ≥ 97% for every kind; precision ≥ 97% for ports, OS and requirements, ≥ 90% for removals and behaviour changes.</summary>
    public static (double Recall, double? Precision) TargetOf(FactKind kind) => kind switch
    {
        FactKind.Removal or FactKind.BehaviorChange => (0.97, 0.90),
        FactKind.Deprecation => (0.97, null),
        _ => (0.97, 0.97),
    };

    private static string Target(FactKind kind, GoldenScore score)
    {
        var (recall, precision) = TargetOf(kind);
        var all = score.Of(kind, GoldenScore.All);
        var met = all.Recall >= recall && (precision is null || all.Precision >= precision) && score.Of(kind, GoldenScore.HeldOut).Recall >= 0.90;
        var wanted = string.Create(CultureInfo.InvariantCulture, $"R≥{recall * 100:0}%") + (precision is { } p ? string.Create(CultureInfo.InvariantCulture, $" P≥{p * 100:0}%") : "");
        return $"{wanted} {(met ? "met" : "below")}";
    }

    private static string Cell(int part, int whole) =>
        whole == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}% {part}/{whole}");
}
