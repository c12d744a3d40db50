using System.Reflection;
using Hangfire;

namespace ChangeTracker.Jobs;

/// <summary>
/// What a job method's <see cref="AutomaticRetryAttribute"/> declares, read back so the logs name the delays Hangfire
/// uses: attribute arguments must be constants, so the attribute is the one table and the code reads it.
/// </summary>
public static class JobRetries
{
    /// <summary>The seconds before each retry of <typeparamref name="TJob"/>.<paramref name="method"/>.</summary>
    public static int[] DelaysOf<TJob>(string method) =>
        typeof(TJob).GetMethod(method)?.GetCustomAttribute<AutomaticRetryAttribute>()?.DelaysInSeconds
        ?? throw new InvalidOperationException($"{typeof(TJob).Name}.{method} declares no retry delays.");
}
