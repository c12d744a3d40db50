using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Coverage;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Diffs;

/// <summary>
/// The diff of any two versions, for the CLI, the API, the pages and the export job alike. Adjacent
/// majors come from the stored diffs the jobs keep up to date; other pairs are computed from stored facts.
/// </summary>
public sealed class DiffUseCase(DiffInputLoader loader, StoredDiffs stored)
{
    /// <summary>
    /// The diff as a user reads it: what the sources do not cover is said (not reported as gone), and it is narrowed
    /// to the user's targets and to breaking facts when <paramref name="filter"/> asks. Its inputs are read once: the
    /// stored diff of an adjacent pair is checked against them, and any other pair is computed from them (a pair that
    /// cannot be stored is not looked up).
    /// </summary>
    /// <exception cref="UnknownVersionException">A version that names no stored release.</exception>
    public async Task<VersionDiff> DiffAsync(GoVersion from, GoVersion to, DiffFilter? filter, CancellationToken cancellationToken)
    {
        var coverage = await loader.LoadCoverageAsync(cancellationToken);
        var input = await loader.LoadAsync(from, to, cancellationToken);
        var diff = StoredDiffs.CanBeStored(from, to, coverage.LinesWithNotes) && await stored.FindAsync(from, to, input, cancellationToken) is { } materialized
            ? materialized
            : DiffEngine.Compute(from, to, input);
        return DiffNarrowing.Apply(DiffCoverage.Apply(diff, coverage), filter ?? DiffFilter.None);
    }

    /// <inheritdoc cref="DiffAsync(GoVersion, GoVersion, DiffFilter?, CancellationToken)"/>
    public Task<VersionDiff> DiffAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken) =>
        DiffAsync(from, to, null, cancellationToken);

    public async Task<VersionDiff> ComputeAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken)
    {
        var input = await loader.LoadAsync(from, to, cancellationToken);
        return DiffEngine.Compute(from, to, input);
    }
}
