namespace ChangeTracker.Domain.Facts;

/// <summary>
/// What a fact kind is, once: its contract name, how a report titles its section (upgrade and downgrade), where the
/// section comes in a report, whether crossing such a fact can break a build or a program, the fields it fills
/// beyond the common ones, and the headline a feed entry gets.
/// </summary>
public sealed record FactKindInfo(
    FactKind Kind,
    string Name,
    string Label,
    int ReportOrder,
    bool Breaking,
    string Title,
    string DowngradeTitle,
    IReadOnlyList<string> Fields,
    Func<Fact, string> Headline)
{
    /// <summary>
    /// True for the kind whose <c>version</c> is the release that announced it, taking effect later
    /// (<c>effectiveVersion</c>): a deprecation. It is itself the statement, so it has always happened.
    /// </summary>
    public bool IsAnnouncement => Fields.Contains("effectiveVersion");

    /// <summary>True for the kind reports list by component, collapsed: features.</summary>
    public bool GroupsByComponent => Fields.Contains("component");
}
