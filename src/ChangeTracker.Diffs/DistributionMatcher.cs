using ChangeTracker.Domain.Downloads;

namespace ChangeTracker.Diffs;

/// <summary>
/// Matches the files of two releases by (os, arch, kind). Where a key has several files (old macOS installers
/// per OS version), files pair by their name without the release tag, then in name order.
/// </summary>
internal static class DistributionMatcher
{
    public static IReadOnlyList<DistributionChange> Match(IReadOnlyList<DistributionFile> fromFiles, IReadOnlyList<DistributionFile> toFiles)
    {
        var from = fromFiles.ToLookup(Key);
        var to = toFiles.ToLookup(Key);
        var keys = from.Select(g => g.Key).Concat(to.Select(g => g.Key)).Distinct()
            .OrderBy(k => k.Os, StringComparer.Ordinal)
            .ThenBy(k => k.Arch, StringComparer.Ordinal)
            .ThenBy(k => k.Kind);

        var rows = new List<DistributionChange>();
        foreach (var key in keys)
            rows.AddRange(MatchGroup(key, from[key].ToList(), to[key].ToList()));
        return rows;
    }

    private static (string Os, string Arch, DistributionKind Kind) Key(DistributionFile f) => (f.Os ?? "", f.Arch ?? "", f.Kind);

    private static IEnumerable<DistributionChange> MatchGroup(
        (string Os, string Arch, DistributionKind Kind) key, List<DistributionFile> from, List<DistributionFile> to)
    {
        from.Sort((a, b) => StringComparer.Ordinal.Compare(a.Filename, b.Filename));
        to.Sort((a, b) => StringComparer.Ordinal.Compare(a.Filename, b.Filename));
        var pairs = new List<(DistributionFile? From, DistributionFile? To)>();

        foreach (var f in from.ToList())
        {
            var match = to.FirstOrDefault(t => Untagged(t) == Untagged(f));
            if (match is null) continue;
            pairs.Add((f, match));
            from.Remove(f);
            to.Remove(match);
        }
        var n = Math.Max(from.Count, to.Count);
        for (var i = 0; i < n; i++)
            pairs.Add((i < from.Count ? from[i] : null, i < to.Count ? to[i] : null));

        return pairs
            .OrderBy(p => Untagged(p.To ?? p.From!), StringComparer.Ordinal)
            .Select(p => new DistributionChange(key.Os, key.Arch, key.Kind, p.From?.Filename, p.From?.Size, p.To?.Filename, p.To?.Size));
    }

    private static string Untagged(DistributionFile file) =>
        file.Tag.Length > 0 && file.Filename.StartsWith(file.Tag, StringComparison.Ordinal) ? file.Filename[file.Tag.Length..] : file.Filename;
}
