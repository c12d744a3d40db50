using System.Globalization;
using System.Text.RegularExpressions;

namespace ChangeTracker.Parsing;

/// <summary>Reads the download page's sizes: "121MB" (size/2^20 rounded), "512 bytes", or empty (unknown).</summary>
internal static partial class SizeText
{
    public const long MiB = 1L << 20;

    /// <summary>Bytes for the text (approximate for MB, KB, GB), null when empty; false when unreadable.</summary>
    public static bool TryParse(string text, out long? bytes, out bool approximate)
    {
        bytes = null;
        approximate = false;
        var t = text.Trim();
        if (t.Length == 0) return true;
        var m = Pattern().Match(t);
        if (!m.Success) return false;
        if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            return false;
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        var factor = unit switch
        {
            "KB" => 1L << 10,
            "MB" => MiB,
            "GB" => 1L << 30,
            _ => 1L,
        };
        bytes = (long)Math.Round(n * factor);
        approximate = factor > 1;
        return true;
    }

    [GeneratedRegex(@"^(?<n>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>KB|MB|GB|bytes?|B)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
