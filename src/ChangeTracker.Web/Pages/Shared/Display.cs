using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Rendering;
using System.Globalization;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Web.Pages.Shared;

/// <summary>Wording and formatting the pages share.</summary>
public static class Display
{
    /// <summary>The order kinds are shown in: what breaks first, features last.</summary>
    public static IReadOnlyList<FactKind> KindOrder => FactOrder.Kinds;

    /// <summary>The same section titles the exported reports use (upgrade or downgrade wording).</summary>
    public static string KindTitle(FactKind kind, bool downgrade = false) => DiffText.SectionTitle(kind, downgrade);

    public static string KindLabel(FactKind kind) => FactKinds.Of(kind).Label;

    /// <summary>Only http(s) links are rendered as links; anything else (javascript:, data:) is not a link.</summary>
    public static string? SafeUrl(string? url) => Domain.Sources.SafeLink.Href(url);

    /// <summary>"#darwin" from "https://go.dev/doc/go1.12#darwin", for link text.</summary>
    public static string Anchor(string? url)
    {
        var i = url?.IndexOf('#') ?? -1;
        return i >= 0 ? url![i..] : "notes";
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A revision's release date, or "not released" when the history gives none (a revision that should not be used).</summary>
    public static string RevisionDate(DateOnly? date) => DiffText.RevisionDate(date);

    /// <summary>The badge of a revision the history flags as tagged but not to be used.</summary>
    public static string ShouldNotBeUsed => DiffText.ShouldNotBeUsedLabel;

    public static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "—";

    public static string Number(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Duration(DateTimeOffset start, DateTimeOffset? end) =>
        end is { } e ? $"{(e - start).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s" : "still running";

    /// <summary>A CSS class for an outcome word (succeeded, failed, running, skipped, ingested, unchanged…).</summary>
    public static string OutcomeClass(string outcome) => outcome.ToLowerInvariant() switch
    {
        "failed" or "abandoned" => "bad",
        "running" or "finishing" or "queued" => "warn",
        "succeeded" or "ingested" => "good",
        _ => "muted",
    };

    /// <summary>Badge colour of a history entry: added good, changed warn, withdrawn bad.</summary>
    public static string ChangeClass(string change) => change switch
    {
        "added" => "good",
        "changed" => "warn",
        "withdrawn" => "bad",
        _ => "muted",
    };
}
