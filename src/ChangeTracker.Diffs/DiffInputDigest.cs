using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>
/// A digest of exactly what the diff of one pair is computed from: the facts it selects (after linking, so a later
/// page that confirms an announcement counts), its coming-next announcements, the files of its two releases and the
/// revisions between them. A stored diff is valid while this digest is unchanged; editing one page changes the
/// digests of the pairs that page feeds and of no other.
/// </summary>
public static class DiffInputDigest
{
    public static string Of(GoVersion from, GoVersion to, DiffInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (lower, upper) = from <= to ? (from, to) : (to, from);
        var lowerRelease = DiffEngine.ReleaseFor(lower);
        var upperRelease = DiffEngine.ReleaseFor(upper);
        var text = new StringBuilder();
        text.Append("pair ").Append(from).Append(' ').Append(to).Append('\n');
        foreach (var line in input.KnownLines.Select(l => l.Line).Distinct().Where(l => FactSelector.InLineInterval(l, lower, upper)).Order())
            text.Append("line ").Append(line).Append('\n');
        foreach (var fact in FactSelector.Facts(input.Facts, lower, upper))
            text.Append("fact ").Append(fact).Append('\n');
        foreach (var fact in FactSelector.ComingNext(input.Facts, lower, upper))
            text.Append("next ").Append(fact).Append('\n');
        foreach (var file in input.FromFiles.OrderBy(f => f.Filename, StringComparer.Ordinal))
            text.Append("from ").Append(file).Append('\n');
        foreach (var file in input.ToFiles.OrderBy(f => f.Filename, StringComparer.Ordinal))
            text.Append("to ").Append(file).Append('\n');
        foreach (var revision in input.Revisions.Where(r => r.Version > lowerRelease && r.Version <= upperRelease).OrderBy(r => r.Version))
            text.Append("revision ").Append(revision.Version).Append(' ')
                .Append(revision.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ')
                .Append(revision.Security).Append(' ').Append(revision.ShouldNotBeUsed).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
