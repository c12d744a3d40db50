using Microsoft.Extensions.Logging;

namespace ChangeTracker.Jobs;

/// <summary>What the jobs say: one line for an expected failure, the stack trace only for a bug.</summary>
internal static partial class JobsLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "{Job} failed (attempt {Attempt} of {Attempts}): {Reason}{Next}")]
    public static partial void Failed(ILogger logger, string job, int attempt, int attempts, string reason, string next);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "{Job} failed with an unexpected error (a bug; attempt {Attempt} of {Attempts})")]
    public static partial void Bug(ILogger logger, Exception exception, string job, int attempt, int attempts);

    /// <summary>"; retried in 30 s" or "; no retry left".</summary>
    public static string NextAttempt(int[] delaysInSeconds, int retryCount) =>
        retryCount < delaysInSeconds.Length ? $"; retried in {delaysInSeconds[retryCount]} s" : "; no retry left";
}
