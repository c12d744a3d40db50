using System.Globalization;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Facts.Rules;

/// <summary>Arithmetic on major release lines: the release after or before 1.N.</summary>
public static class Releases
{
    public static GoVersion Line(int minor) =>
        GoVersion.Parse(minor == 0 ? "1" : "1." + minor.ToString(CultureInfo.InvariantCulture));

    public static GoVersion Next(GoVersion v) => Line(v.Minor + 1);

    public static GoVersion? Previous(GoVersion v) => v.Minor == 0 ? null : Line(v.Minor - 1);

    /// <summary>Reads "1.13" (from "Go 1.13") as a line; null when the text is not a 1.N version.</summary>
    public static GoVersion? FromText(string? text) =>
        text is not null && GoVersion.TryParse(text, out var v) && v.Major == 1 ? Line(v.Minor) : null;
}
