using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs;

/// <summary>
/// Everything <see cref="DiffEngine"/> needs, loaded by the caller. <see cref="FromFiles"/> and <see cref="ToFiles"/>
/// are the files of the releases <see cref="DiffEngine.ReleaseFor"/> picks for the two versions.
/// </summary>
public sealed record DiffInput
{
    /// <summary>The known major lines (1.11, 1.12, 1.21 …); any version of another line is unknown.</summary>
    public required IReadOnlyList<GoVersion> KnownLines { get; init; }

    /// <summary>All facts, already linked across versions (an announcement and its later removal are one fact).</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>The distribution files of the release of the "from" version.</summary>
    public IReadOnlyList<DistributionFile> FromFiles { get; init; } = [];

    /// <summary>The distribution files of the release of the "to" version.</summary>
    public IReadOnlyList<DistributionFile> ToFiles { get; init; } = [];

    /// <summary>Minor revisions (1.12.1, 1.12.2 …) with their dates and security flags.</summary>
    public IReadOnlyList<MinorRevision> Revisions { get; init; } = [];
}
