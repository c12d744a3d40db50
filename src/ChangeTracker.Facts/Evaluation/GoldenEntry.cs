using System.Text.Json.Serialization;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Evaluation;

/// <summary>One fact of a golden list (see tests/ChangeTracker.Facts.Tests/Golden/lists/README.md for the fields).</summary>
public sealed record GoldenEntry
{
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("port")] public string? Port { get; init; }
    [JsonPropertyName("renamedTo")] public string? RenamedTo { get; init; }
    [JsonPropertyName("os")] public string? Os { get; init; }
    [JsonPropertyName("osVersion")] public string? OsVersion { get; init; }
    [JsonPropertyName("area")] public string? Area { get; init; }
    [JsonPropertyName("match")] public IReadOnlyList<string> Match { get; init; } = [];
    [JsonPropertyName("announcedIn")] public string? AnnouncedIn { get; init; }
    [JsonPropertyName("tentative")] public bool Tentative { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("resolvedIn")] public string? ResolvedIn { get; init; }
    [JsonPropertyName("godebug")] public string? Godebug { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }

    /// <summary>
    /// Added when a second reading of the notes (prompted by an extracted fact the list lacked) found that the page
    /// states this fact; see Golden/adjudication.md. The eval counts such entries separately.
    /// </summary>
    [JsonPropertyName("adjudicated")] public bool Adjudicated { get; init; }

    public FactKind FactKind => FactKinds.TryParse(Kind, out var kind) ? kind : throw new FormatException($"golden entry: '{Kind}' is not a fact kind ({FactKinds.NamesText})");

    /// <summary>What makes two entries (on two pages) the same fact.</summary>
    public string Key => $"{Kind}|{Version}|" + (Port ?? (Os is not null ? $"{Os} {OsVersion}" : string.Join("+", Match.Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal))));

    /// <summary>
    /// True when there is no later word that this announcement happened, so a report must not say it did. A
    /// deprecation is itself the statement (it happened when made), so it never counts.
    /// </summary>
    public bool MustNotHaveHappened => Kind != "deprecation" && (Status == "withdrawn" || (Tentative && Status is "pending" or "withdrawn"));

    public bool IsMatchedBy(Fact fact)
    {
        if (fact.Kind != FactKind || fact.Version.ToString() != Version) return false;
        if (Port is not null) return fact.Port == Port && (RenamedTo is null || fact.RenamedTo == RenamedTo);
        if (Os is not null) return string.Equals(fact.Os, Os, StringComparison.OrdinalIgnoreCase) && SameLevel(fact.OsVersion, OsVersion);
        if (Match.Count == 0) return false;
        var text = $"{fact.Subject} {fact.Evidence} {fact.Godebug} {fact.Minimum}";
        return Match.All(term => text.Contains(term, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Equal levels; or, where the list names a bound ("&lt;12") and the fact the release just below it ("11"), the same thing.</summary>
    private static bool SameLevel(string? found, string? expected)
    {
        var (f, e) = (Norm(found), Norm(expected));
        if (string.Equals(f, e, StringComparison.OrdinalIgnoreCase)) return true;
        if (f.StartsWith('<') == e.StartsWith('<')) return false;
        var (bound, level) = f.StartsWith('<') ? (f[1..], e) : (e[1..], f);
        return System.Version.TryParse(Padded(bound), out var b) && System.Version.TryParse(Padded(level), out var l) && l < b && (l.Major == b.Major || b.Minor == 0 && l.Major == b.Major - 1);
    }

    private static string Padded(string v) => v.Contains('.') ? v : v + ".0";

    private static string Norm(string? level) => (level ?? "").Replace(".x", "", StringComparison.Ordinal).TrimEnd('+').Trim();

    public override string ToString() =>
        $"{Kind} {Version} {Port ?? (Os is not null ? $"{Os} {OsVersion}" : string.Join(" + ", Match))}" + (Note is null ? "" : $" — {Note}");
}

/// <summary>One golden-list file: the non-feature facts one notes page states.</summary>
public sealed record GoldenPage
{
    [JsonPropertyName("release")] public required string Release { get; init; }
    [JsonPropertyName("heldOut")] public bool HeldOut { get; init; }
    [JsonPropertyName("facts")] public IReadOnlyList<GoldenEntry> Facts { get; init; } = [];
}
