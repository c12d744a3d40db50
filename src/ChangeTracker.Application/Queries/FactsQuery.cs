using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Platforms;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Queries;

/// <summary>Filters for facts; every filter is optional. <see cref="Version"/> matches a fact's version line exactly.</summary>
public sealed record FactFilter(
    FactKind? Kind = null,
    GoVersion? Version = null,
    GoVersion? From = null,
    GoVersion? To = null,
    string? Component = null,
    string? Os = null,
    string? Port = null);

/// <summary>The stored facts (linked across pages), filtered; the same query serves the CLI, the API and the pages.</summary>
public sealed class FactsQuery(FactStore store)
{
    public async Task<IReadOnlyList<Fact>> ListAsync(FactFilter filter, CancellationToken cancellationToken)
    {
        var facts = await store.LoadLinkedAsync(cancellationToken);
        return facts.Where(f => Matches(f, filter)).ToList();
    }

    /// <summary>
    /// Whether a fact was announced in a release for later: a removal or end of support it says takes effect
    /// in a later release, or a deprecation it makes.
    /// </summary>
    public static bool IsAnnouncedForLater(Fact f, GoVersion release) =>
        f.AnnouncedIn?.Line == release.Line && f.Version.Line > release.Line
        || f.Kind.IsAnnouncement() && f.Version.Line == release.Line;

    private static bool Matches(Fact f, FactFilter filter) =>
        (filter.Kind is null || f.Kind == filter.Kind)
        && (filter.Version is null || f.Version.Line == filter.Version.Value.Line)
        && (filter.From is null || f.Version.Line >= filter.From.Value.Line)
        && (filter.To is null || f.Version.Line <= filter.To.Value.Line)
        && (filter.Component is null || string.Equals(f.Component, filter.Component, StringComparison.OrdinalIgnoreCase))
        && (filter.Port is null || string.Equals(f.Port, filter.Port, StringComparison.OrdinalIgnoreCase) || string.Equals(f.RenamedTo, filter.Port, StringComparison.OrdinalIgnoreCase))
        && (filter.Os is null || AboutOs(f, OperatingSystems.Find(filter.Os) is { } os ? (os.Name, os.Goos) : (filter.Os, filter.Os)));

    /// <summary>A fact about an OS by its name (macOS 10.10 support ended) or by a port of its GOOS (darwin/386 removed).</summary>
    private static bool AboutOs(Fact f, (string Name, string Goos) os) =>
        string.Equals(f.Os, os.Name, StringComparison.OrdinalIgnoreCase)
        || (f.Port?.StartsWith(os.Goos + "/", StringComparison.OrdinalIgnoreCase) ?? false);
}
