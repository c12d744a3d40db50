using System.Globalization;

namespace ChangeTracker.Diffs;

/// <summary>Formats byte counts in binary units: "121.3 MiB", "+23.4 MiB (+24.1%)".</summary>
public static class ByteSize
{
    private static readonly string[] Units = ["KiB", "MiB", "GiB", "TiB"];

    /// <summary>"512 B", "1.5 KiB", "121.3 MiB", "1.2 GiB"; negative values keep their sign.</summary>
    public static string Format(long bytes)
    {
        var sign = bytes < 0 ? "-" : "";
        var magnitude = Math.Abs((double)bytes);
        if (magnitude < 1024) return sign + ((long)magnitude).ToString(CultureInfo.InvariantCulture) + " B";
        var unit = -1;
        while (magnitude >= 1024 && unit < Units.Length - 1)
        {
            magnitude /= 1024;
            unit++;
        }
        return sign + magnitude.ToString("0.0", CultureInfo.InvariantCulture) + " " + Units[unit];
    }

    /// <summary>The size, or <paramref name="missing"/> when it is unknown.</summary>
    public static string Format(long? bytes, string missing) => bytes is { } b ? Format(b) : missing;

    /// <summary>"+23.4 MiB (+24.1%)", "-1.0 MiB (-0.8%)", "0 B (0.0%)"; the percentage only when from is known and positive.</summary>
    public static string FormatDelta(long delta, long? fromBytes)
    {
        var text = (delta > 0 ? "+" : "") + Format(delta);
        if (fromBytes is not > 0) return text;
        var percent = delta * 100.0 / fromBytes.Value;
        return $"{text} ({FormatPercent(percent)})";
    }

    /// <summary>"+24.1%", "-0.8%", "0.0%".</summary>
    public static string FormatPercent(double percent)
    {
        var rounded = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return rounded > 0 ? "+" + text : rounded == 0 ? "0.0%" : text;
    }
}
