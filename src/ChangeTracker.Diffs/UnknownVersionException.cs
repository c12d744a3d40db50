using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>A version that names no known release; the message names it and the nearest known versions.</summary>
public sealed class UnknownVersionException : Exception
{
    public UnknownVersionException(GoVersion version, GoVersion? nearestEarlier, GoVersion? nearestLater, string? what = null)
        : base(BuildMessage(version, nearestEarlier, nearestLater, what))
    {
        Version = version;
        NearestEarlier = nearestEarlier;
        NearestLater = nearestLater;
    }

    public GoVersion Version { get; }
    public GoVersion? NearestEarlier { get; }
    public GoVersion? NearestLater { get; }

    private static string BuildMessage(GoVersion version, GoVersion? earlier, GoVersion? later, string? what)
    {
        var subject = what ?? "release line";
        var nearest = (earlier, later) switch
        {
            (null, null) => "no versions are known",
            ({ } e, null) => $"the nearest known version is {e} (the latest known)",
            (null, { } l) => $"the nearest known version is {l} (the earliest known)",
            ({ } e, { } l) => $"the nearest known versions are {e} and {l}",
        };
        return $"Go {version} does not exist: it is not a known {subject}; {nearest}.";
    }
}
