using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Queries;

/// <summary>Filters for facts; every filter is optional. <see cref="Version"/> matches a fact's version line exactly.</summary>
public sealed record FactFilter(
    FactKind? Kind = null,
    GoVersion? Version = null,
    GoVersion? From = null,
    GoVersion? To = null,
    string? Component = null,
    string? Os = null);

/// <summary>The stored facts (linked across pages), filtered; the same query serves the CLI, the API and the pages.</summary>
public sealed class FactsQuery(FactStore store)
{
    public async Task<IReadOnlyList<Fact>> ListAsync(FactFilter filter, CancellationToken cancellationToken)
    {
        var facts = await store.LoadLinkedAsync(cancellationToken);
        return facts.Where(f => Matches(f, filter)).ToList();
    }

    /// <summary>The facts announced in a release: its deprecations and the removals it says take effect later.</summary>
    public async Task<IReadOnlyList<Fact>> AnnouncedInAsync(GoVersion version, CancellationToken cancellationToken)
    {
        var line = version.Line;
        var facts = await store.LoadLinkedAsync(cancellationToken);
        return facts.Where(f => f.AnnouncedIn?.Line == line && f.Version.Line > line
                                || f.Kind == FactKind.Deprecation && f.Version.Line == line)
            .ToList();
    }

    private static bool Matches(Fact f, FactFilter filter) =>
        (filter.Kind is null || f.Kind == filter.Kind)
        && (filter.Version is null || f.Version.Line == filter.Version.Value.Line)
        && (filter.From is null || f.Version.Line >= filter.From.Value.Line)
        && (filter.To is null || f.Version.Line <= filter.To.Value.Line)
        && (filter.Component is null || string.Equals(f.Component, filter.Component, StringComparison.OrdinalIgnoreCase))
        && (filter.Os is null || string.Equals(f.Os, filter.Os, StringComparison.OrdinalIgnoreCase)
                              || (f.Port?.StartsWith(filter.Os + "/", StringComparison.OrdinalIgnoreCase) ?? false));
}
