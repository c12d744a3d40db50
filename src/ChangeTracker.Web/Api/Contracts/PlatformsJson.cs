using ChangeTracker.Application.Queries;

namespace ChangeTracker.Web.Api.Contracts;

/// <summary>GET /api/platforms: every release, every port's life with its state per release, and the ends of OS support.</summary>
public sealed record PlatformsJson(
    IReadOnlyList<string> Releases,
    IReadOnlyList<string> OperatingSystems,
    IReadOnlyList<PortJson> Ports,
    IReadOnlyList<OsSupportEndJson> OsSupportEnds)
{
    public static PlatformsJson From(PlatformMatrix m) => new(
        m.Releases.Select(r => r.ToString()).ToList(),
        m.OperatingSystems,
        m.Ports.Select(p => PortJson.From(p, m)).ToList(),
        m.OsSupportEnds.Select(OsSupportEndJson.From).ToList());
}

/// <summary>A port: added (experimental?) and removed versions, and its state in every release (not_yet, added, added_experimental, available, removed, gone).</summary>
public sealed record PortJson(
    string Port,
    string? Added,
    bool Experimental,
    string? Removed,
    string? AddedSource,
    string? RemovedSource,
    IReadOnlyDictionary<string, string> States)
{
    public static PortJson From(PortLife p, PlatformMatrix m) => new(
        p.Port, p.Added?.ToString(), p.Experimental, p.Removed?.ToString(), p.AddedSource, p.RemovedSource,
        m.Releases.ToDictionary(r => r.ToString(), r => StateName(p.StateIn(r))));

    public static string StateName(PortState state) => state switch
    {
        PortState.NotYet => "not_yet",
        PortState.Added => "added",
        PortState.AddedExperimental => "added_experimental",
        PortState.Available => "available",
        PortState.Removed => "removed",
        _ => "gone",
    };
}

/// <summary>An OS version whose support ended in <see cref="Version"/> (the last release supporting it is <see cref="LastVersion"/>).</summary>
public sealed record OsSupportEndJson(string Os, string OsVersion, string Version, string? LastVersion, string Source)
{
    public static OsSupportEndJson From(OsSupportEnd e) =>
        new(e.Os, e.OsVersion, e.Version.ToString(), e.LastVersion?.ToString(), e.Source);
}

/// <summary>GET /api/platforms/newest-supporting: the answer to "what is the newest Go that still supports X?".</summary>
public sealed record SupportAnswerJson(string Query, bool Found, string? NewestSupporting, string? FirstWithout, string Explanation, string? Source)
{
    public static SupportAnswerJson From(SupportAnswer a) =>
        new(a.Query, a.Found, a.NewestSupporting?.ToString(), a.FirstWithout?.ToString(), a.Explanation, a.Source);
}
