namespace ChangeTracker.Jobs;

/// <summary>
/// A job failed for a reason the world gave (the source could not be read, a page failed): the job has logged it
/// as one line, and Hangfire retries it. Any other exception out of a job is a bug and is logged with its stack trace.
/// </summary>
public sealed class ExpectedJobFailure(string message) : Exception(message);
