using ChangeTracker.Diffs;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Diffs;

/// <summary>
/// The diff of any two versions, for the CLI, the API, the pages and the export job alike. Adjacent
/// majors come from the stored diffs the jobs keep up to date; other pairs are computed from stored facts.
/// </summary>
public sealed class DiffUseCase(DiffInputLoader loader, StoredDiffs stored)
{
    /// <exception cref="UnknownVersionException">A version that names no stored release.</exception>
    public async Task<VersionDiff> DiffAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken)
    {
        if (from.IsLine && to.IsLine && from < to && await stored.FindAsync(from, to, cancellationToken) is { } materialized)
            return materialized;
        return await ComputeAsync(from, to, cancellationToken);
    }

    public async Task<VersionDiff> ComputeAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken)
    {
        var input = await loader.LoadAsync(from, to, cancellationToken);
        return DiffEngine.Compute(from, to, input);
    }
}
