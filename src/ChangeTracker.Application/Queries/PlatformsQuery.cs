using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Platforms;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Queries;

/// <summary>A port's life: when it arrived (experimental or not) and when it was dropped.</summary>
public sealed record PortLife(string Port, GoVersion? Added, bool Experimental, GoVersion? Removed, string? AddedSource, string? RemovedSource)
{
    public PortState StateIn(GoVersion release) =>
        Removed is { } r && release.Line >= r ? (release.Line == r ? PortState.Removed : PortState.Gone)
        : Added is { } a && release.Line < a ? PortState.NotYet
        : Added is { } a2 && release.Line == a2 ? (Experimental ? PortState.AddedExperimental : PortState.Added)
        : PortState.Available;
}

public enum PortState { NotYet, Added, AddedExperimental, Available, Removed, Gone }

/// <summary>The OS versions whose support ended in one release (e.g. macOS 10.10 in 1.13).</summary>
public sealed record OsSupportEnd(string Os, string OsVersion, GoVersion Version, GoVersion? LastVersion, string Source);

/// <summary>The answer to "what is the newest Go that still supports X?".</summary>
public sealed record SupportAnswer(string Query, bool Found, GoVersion? NewestSupporting, GoVersion? FirstWithout, string Explanation, string? Source);

public sealed record PlatformMatrix(IReadOnlyList<GoVersion> Releases, IReadOnlyList<PortLife> Ports, IReadOnlyList<OsSupportEnd> OsSupportEnds)
{
    /// <summary>OS names in the order people look for them, then the rest alphabetically.</summary>
    public IReadOnlyList<string> OperatingSystems => OsSupportEnds.Select(e => e.Os).Distinct()
        .OrderBy(Domain.Platforms.OperatingSystems.Rank).ThenBy(o => o).ToList();

    /// <summary>The OS versions whose support ended in exactly this release.</summary>
    public IReadOnlyList<OsSupportEnd> EndedIn(string os, GoVersion release) =>
        OsSupportEnds.Where(e => e.Os == os && e.Version.Line == release.Line).ToList();

    /// <summary>The newest OS version dropped at or before this release (the minimum is anything newer).</summary>
    public OsSupportEnd? LatestEndBy(string os, GoVersion release) =>
        OsSupportEnds.Where(e => e.Os == os && e.Version.Line <= release.Line).MaxBy(e => (e.Version, OsVersions.Key(e.Os, e.OsVersion)));

}

/// <summary>Ports × releases and minimum OS versions per release, from the stored facts; and the reverse question.</summary>
public sealed class PlatformsQuery(FactStore facts, KnownVersionsQuery versions)
{
    public async Task<PlatformMatrix> MatrixAsync(CancellationToken cancellationToken)
    {
        var all = await facts.LoadLinkedAsync(cancellationToken);
        var releases = await versions.AllAsync(cancellationToken);
        var ports = all.Where(f => f.HasHappened && f.Port is not null && f.Kind is FactKind.PortAdded or FactKind.PortRemoved)
            .GroupBy(f => f.Port!)
            .Select(g =>
            {
                var added = g.Where(f => f.Kind == FactKind.PortAdded).MinBy(f => f.Version);
                var removed = g.Where(f => f.Kind == FactKind.PortRemoved && (added is null || f.Version > added.Version)).MinBy(f => f.Version);
                return new PortLife(g.Key, added?.Version, added?.Experimental ?? false, removed?.Version, added?.Source, removed?.Source);
            })
            .OrderBy(p => p.Port, StringComparer.Ordinal).ToList();
        var ends = all.Where(f => f.HasHappened && f.Kind == FactKind.OsSupportEnded && f.Os is not null && f.OsVersion is not null)
            .Select(f => new OsSupportEnd(f.Os!, f.OsVersion!, f.Version, f.LastVersion, f.Source))
            .DistinctBy(e => (e.Os, e.OsVersion, e.Version))
            .OrderBy(e => e.Os).ThenBy(e => e.Version).ToList();
        return new PlatformMatrix(releases, ports, ends);
    }

    /// <summary>
    /// "What is the newest Go that still supports macOS 10.12 / Windows 7 / darwin/386?" A GOOS/GOARCH port is
    /// answered from port facts; an OS version from the first support end at or above it.
    /// </summary>
    public async Task<SupportAnswer> NewestSupportingAsync(string query, CancellationToken cancellationToken)
    {
        var text = SearchTerms.Clean(query).Trim();
        var matrix = await MatrixAsync(cancellationToken);
        var latest = matrix.Releases.Count > 0 ? matrix.Releases[^1] : (GoVersion?)null;
        if (text.Contains('/'))
        {
            var port = matrix.Ports.FirstOrDefault(p => string.Equals(p.Port, text, StringComparison.OrdinalIgnoreCase));
            if (port is null) return new SupportAnswer(text, false, null, null, $"The notes never mention the port {text}.", null);
            return port.Removed is { } removed
                ? new SupportAnswer(text, true, Previous(matrix.Releases, removed), removed, $"{port.Port} was dropped in Go {removed}.", port.RemovedSource)
                : new SupportAnswer(text, true, latest, null, $"{port.Port} is still supported by the latest release{(latest is { } l ? $", Go {l}" : "")}.", port.AddedSource);
        }

        var (os, version) = OsVersions.Split(text);
        var ends = matrix.OsSupportEnds.Where(e => string.Equals(e.Os, os, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ends.Count == 0) return new SupportAnswer(text, false, null, null, $"The notes record no end of support for {os}.", null);
        var key = OsVersions.Key(ends[0].Os, version);
        var end = ends.Where(e => OsVersions.Key(e.Os, e.OsVersion) >= key)
            .OrderBy(e => e.Version).ThenBy(e => OsVersions.Key(e.Os, e.OsVersion)).FirstOrDefault();
        if (end is null)
            return new SupportAnswer(text, true, latest, null, $"{ends[0].Os} {version} is newer than every version whose support ended; the latest release{(latest is { } l ? $", Go {l}," : "")} still supports it.", null);
        var last = end.LastVersion ?? Previous(matrix.Releases, end.Version);
        var asked = $"{ends[0].Os} {version}";
        var with = string.Equals(end.OsVersion, version, StringComparison.OrdinalIgnoreCase) ? "" : $" (it ended support for {end.Os} {end.OsVersion})";
        return new SupportAnswer(text, true, last, end.Version,
            $"Go {last} is the last release that supports {asked}; Go {end.Version} dropped it{with}.", end.Source);
    }

    private static GoVersion? Previous(IReadOnlyList<GoVersion> releases, GoVersion version) =>
        releases.Where(r => r < version.Line).Select(r => (GoVersion?)r).LastOrDefault();
}
