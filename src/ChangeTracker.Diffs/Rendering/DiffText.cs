using System.Globalization;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>The wording the human-readable renderers share (titles, section names, fact metadata).</summary>
public static class DiffText
{
    public static string Title(VersionDiff diff) =>
        $"Go {diff.From} → Go {diff.To}" + (diff.IsDowngrade ? " (downgrade)" : "");

    public static string Intro(VersionDiff diff)
    {
        if (DiffEngine.ReleaseFor(diff.From) == DiffEngine.ReleaseFor(diff.To))
            return $"No changes: Go {diff.From} and Go {diff.To} are the same release.";
        var majors = diff.MajorsCrossed.Count == 1 ? "1 major release" : $"{diff.MajorsCrossed.Count} major releases";
        var counts = $"{Count(diff.Facts.Count, "fact")}, {Count(diff.ComingNext.Count, "announcement")} coming next, " +
                     $"{Count(diff.Revisions.Count, "minor revision")}";
        return diff.IsDowngrade
            ? $"Downgrading from Go {diff.From} to Go {diff.To} crosses {majors} ({counts}). " +
              "You lose what those releases added and regain what they removed."
            : $"Upgrading from Go {diff.From} to Go {diff.To} crosses {majors} ({counts}).";
    }

    /// <summary>
    /// The numbers a reader wants first: "12 breaking · 5 deprecations · 230 features · linux/amd64 archive 97.0 MiB →
    /// 121.3 MiB (+25.0%)". The size is the first targeted port's archive, else linux/amd64's.
    /// </summary>
    public static string Headline(VersionDiff diff)
    {
        var parts = new List<string>
        {
            $"{diff.Facts.Count(f => f.Breaking)} breaking",
            Count(diff.Facts.Count(f => f.Kind == FactKind.Deprecation), "deprecation"),
            Count(diff.Facts.Count(f => f.Kind == FactKind.Feature), "feature"),
        };
        if (HeadlineSize(diff) is { } row)
            parts.Add($"{row.Platform} archive {ByteSize.Format(row.FromBytes, "?")} → {ByteSize.Format(row.ToBytes, "?")} ({Change(row)})");
        return string.Join(" · ", parts);
    }

    private static DistributionChange? HeadlineSize(VersionDiff diff)
    {
        var platform = diff.Filter?.Targets.Select(t => t.Port).FirstOrDefault(p => p is not null) ?? "linux/amd64";
        return diff.Distribution.FirstOrDefault(r => r.Platform == platform && r.Kind == Domain.Downloads.DistributionKind.Archive && !r.IsAdded && !r.IsRemoved);
    }

    /// <summary>"Narrowed to linux/amd64, macOS 12; breaking changes only", or null for a whole diff.</summary>
    public static string? Narrowing(VersionDiff diff) =>
        diff.Filter is not { IsEmpty: false } filter ? null
        : "Narrowed to " + string.Join("; ", new[]
        {
            filter.Targets.Count > 0 ? string.Join(", ", filter.Targets) + " (facts about other platforms are left out)" : null,
            filter.BreakingOnly ? "breaking changes only" : null,
        }.OfType<string>()) + ".";

    public const string TargetsTitle = "Your targets";
    public const string NoTargetLosses = "None of your targets loses support in this range.";
    public const string CoverageTitle = "Not covered by the sources";

    public static string SectionTitle(FactKind kind, bool downgrade) =>
        downgrade ? FactKinds.Of(kind).DowngradeTitle : FactKinds.Of(kind).Title;

    public const string ComingNextTitle = "Coming next";
    public const string DistributionTitle = "Distribution size changes";
    public const string RevisionsTitle = "Minor revisions";
    public const string ShouldNotBeUsedLabel = "should not be used";
    public const string NotReleasedLabel = "not released";

    /// <summary>A revision's release date as yyyy-MM-dd, or "not released" when the history gives none.</summary>
    public static string RevisionDate(MinorRevision revision) => RevisionDate(revision.Date);

    /// <inheritdoc cref="RevisionDate(MinorRevision)"/>
    public static string RevisionDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NotReleasedLabel;

    public static string ComponentTitle(string? component) => string.IsNullOrWhiteSpace(component) ? "Other" : component;

    /// <summary>"Go 1.12, experimental, last in Go 1.11".</summary>
    public static string FactMeta(Fact fact)
    {
        var parts = new List<string> { $"Go {fact.Version}" };
        if (fact.Breaking) parts.Add("breaking");
        if (fact.Experimental) parts.Add("experimental");
        if (fact.Tentative) parts.Add("tentative");
        if (fact.LastVersion is { } last) parts.Add($"last in Go {last}");
        if (fact.RenamedTo is { } renamed) parts.Add($"now {renamed}");
        if (fact.Minimum is { } minimum) parts.Add($"{fact.Area ?? "minimum"}: {minimum}");
        if (fact.Godebug is { } godebug) parts.Add($"GODEBUG {godebug} restores the old behavior");
        if (fact.Status is { } status && status != AnnouncementStatus.Done) parts.Add(status.ToName());
        return string.Join(", ", parts);
    }

    /// <summary>"removal, announced in Go 1.12, takes effect in Go 1.13" (or "date not announced").</summary>
    public static string ComingNextMeta(Fact fact)
    {
        var announced = FactSelector.AnnouncedIn(fact) is { } a ? $", announced in Go {a}" : "";
        var effective = FactSelector.EffectiveVersion(fact) is { } e
            ? fact.Tentative && fact.Status != AnnouncementStatus.Done ? $"may take effect in Go {e}" : $"takes effect in Go {e}"
            : "release not announced";
        var status = fact.Status is { } st && st != AnnouncementStatus.Pending ? $" ({st.ToName()}{(fact.ResolvedIn is { } r ? $" in Go {r}" : "")})" : "";
        var hedge = fact.Tentative ? ", tentative" : "";
        return $"{fact.Kind.ToName()}{hedge}{announced}, {effective}{status}";
    }

    public static string Change(DistributionChange row) => row switch
    {
        { IsAdded: true } => "new",
        { IsRemoved: true } => "dropped",
        { DeltaBytes: { } delta } => ByteSize.FormatDelta(delta, row.FromBytes),
        _ => "size unknown",
    };

    public const string Missing = "—";

    /// <summary>The URL when it is an absolute http(s) address, else null (nothing else becomes a link).</summary>
    public static Uri? WebLink(string? source) => Domain.Sources.SafeLink.Of(source);

    /// <summary>Collapses line breaks and runs of whitespace into single spaces.</summary>
    public static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
