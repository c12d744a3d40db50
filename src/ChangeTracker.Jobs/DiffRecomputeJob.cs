using ChangeTracker.Application.Diffs;
using ChangeTracker.Domain.Versions;
using Hangfire;

namespace ChangeTracker.Jobs;

/// <summary>Recomputes the stored adjacent diffs that involve a version (or all of them when none is given).</summary>
public sealed class DiffRecomputeJob(StoredDiffs diffs)
{
    [AutomaticRetry(Attempts = 2)]
    public Task<int> RunAsync(string? version, CancellationToken cancellationToken) =>
        diffs.RecomputeAsync(version is null ? null : GoVersion.Parse(version), cancellationToken);
}
