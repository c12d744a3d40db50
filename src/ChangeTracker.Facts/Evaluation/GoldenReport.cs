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
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-22} {"tuned recall",16} {"tuned precision",16} {"held-out recall",16} {"held-out precision",18} {"all recall",16} {"all precision",16}");
        foreach (var kind in score.Scores.Select(s => s.Kind).Distinct())
        {
            sb.Append(CultureInfo.InvariantCulture, $"{kind.ToName(),-22}");
            foreach (var part in new[] { GoldenScore.Tuned, GoldenScore.HeldOut, GoldenScore.All })
            {
                var s = score.Of(kind, part);
                var precision = Cell(s.Correct, s.Extracted).PadLeft(part == GoldenScore.HeldOut ? 18 : 16);
                sb.Append(CultureInfo.InvariantCulture, $" {Cell(s.Found, s.Golden),16} {precision}");
            }
            sb.AppendLine();
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"announcements reported as happened that never were: {score.ReportedAsDone.Count}");
        return sb.ToString();
    }

    private static string Cell(int part, int whole) =>
        whole == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}% {part}/{whole}");
}
