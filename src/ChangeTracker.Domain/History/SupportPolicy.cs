using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.History;

/// <summary>
/// Go's release policy: each major release is supported until two newer major releases exist, so Go 1.N reaches its
/// end of life the day Go 1.N+2 ships.
/// </summary>
public static class SupportPolicy
{
    public const int SupportedMajors = 2;

    /// <summary>The day <paramref name="line"/> stopped being supported, or null while it still is (or the date is unknown).</summary>
    public static DateOnly? EndOfLife(GoVersion line, IReadOnlyDictionary<GoVersion, DateOnly?> releaseDates)
    {
        ArgumentNullException.ThrowIfNull(releaseDates);
        foreach (var (version, date) in releaseDates)
            if (version.Major == line.Major && version.Minor == line.Minor + SupportedMajors && !version.IsPrerelease)
                return date;
        return null;
    }
}
