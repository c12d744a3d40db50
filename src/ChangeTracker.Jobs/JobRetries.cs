using System.Reflection;
using Hangfire;

namespace ChangeTracker.Jobs;

/// <summary>
/// What a job method's <see cref="AutomaticRetryAttribute"/> declares, read back so the logs name the delays Hangfire
/// uses: attribute arguments must be constants, so the attribute is the one table and the code reads it. Read from the
/// attribute's metadata, not an instance: the attribute's constructor takes a logger from Hangfire's global log provider,
/// which may belong to a host already stopped.
/// </summary>
public static class JobRetries
{
    /// <summary>The seconds before each retry of <typeparamref name="TJob"/>.<paramref name="method"/>.</summary>
    public static int[] DelaysOf<TJob>(string method) =>
        typeof(TJob).GetMethod(method)?.CustomAttributes
            .Where(a => a.AttributeType == typeof(AutomaticRetryAttribute))
            .SelectMany(a => a.NamedArguments)
            .Where(n => n.MemberName == nameof(AutomaticRetryAttribute.DelaysInSeconds))
            .Select(n => ((IEnumerable<CustomAttributeTypedArgument>)n.TypedValue.Value!).Select(v => (int)v.Value!).ToArray())
            .FirstOrDefault()
        ?? throw new InvalidOperationException($"{typeof(TJob).Name}.{method} declares no retry delays.");
}
