using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Versions;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>Turns a version that is not stored into a usage error naming the versions that are.</summary>
public static class KnownVersionGuard
{
    public static async Task EnsureKnownAsync(IServiceProvider services, GoVersion? version, CancellationToken cancellationToken)
    {
        if (version is null) return;
        var known = await services.GetRequiredService<KnownVersionsQuery>().AllAsync(cancellationToken);
        if (known.Count > 0 && !known.Contains(version.Value.Line))
            throw new UsageException($"Go {version} does not exist in the database (known: {known[0]} … {known[^1]})");
    }
}
