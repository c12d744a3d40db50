using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Tests.Golden;

/// <summary>
/// One fact we expect, written by us from reading the notes: kind, version (first release without, or the
/// announcing release for deprecations), and a match: the port ("aix/ppc64"), the level ("macOS 10.10"), or the
/// words a removal or deprecation subject must contain ("binary-only packages").
/// </summary>
public sealed record GoldenFact(FactKind Kind, string Version, string Match, string? AnnouncedIn = null)
{
    public bool IsMatchedBy(Fact fact) =>
        fact.Kind == Kind && fact.Version.ToString() == Version && Kind switch
        {
            FactKind.PortAdded or FactKind.PortRemoved => fact.Port == Match,
            FactKind.OsSupportEnded => $"{fact.Os} {fact.OsVersion}" == Match,
            _ => Match.Split(' ').All(w => fact.Subject.Contains(w, StringComparison.OrdinalIgnoreCase)),
        } && (AnnouncedIn is null || fact.AnnouncedIn?.ToString() == AnnouncedIn);

    public override string ToString() => $"{Kind.ToName()} {Version} {Match}" + (AnnouncedIn is null ? "" : $" (announced {AnnouncedIn})");
}
