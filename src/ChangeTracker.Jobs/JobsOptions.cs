using ChangeTracker.Application.Hosting;
using ChangeTracker.Storage;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>
/// The job system's settings, read from the same "ChangeTracker" section (ChangeTracker:HangfireDatabasePath,
/// ChangeTracker:IngestCron, ChangeTracker:IngestOnStartup, ChangeTracker:JobWorkers) but owned by the Jobs project.
/// </summary>
public sealed class JobsOptions
{
    public string HangfireDatabasePath { get; set; } = "data/hangfire.db";

    /// <summary>Cron expression of the recurring ingestion (default: daily at 03:00 UTC).</summary>
    public string IngestCron { get; set; } = "0 3 * * *";

    public bool IngestOnStartup { get; set; } = true;

    /// <summary>Hangfire workers in this process (version steps run this many at a time).</summary>
    public int JobWorkers { get; set; } = 2;

    public JobsServerSettings Jobs { get; set; } = new();
}

/// <summary>ChangeTracker:Jobs: whether this process runs a Hangfire server (off for a web app beside `changetracker worker`s).</summary>
public sealed class JobsServerSettings
{
    public const string HangfireConnectionStringName = "Hangfire";

    public bool RunServer { get; set; } = true;

    /// <summary>
    /// On PostgreSQL: how long a job fetched by a worker that stopped answering (its process died) stays invisible before
    /// another worker takes it. Running jobs keep their claim fresh, so this only delays taking over from a dead worker.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>ConnectionStrings:Hangfire, filled in from configuration; on PostgreSQL it defaults to ConnectionStrings:ChangeTracker.</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>Checks the job settings at start-up, so a bad path or cron fails with a message, not later.</summary>
public sealed class JobsOptionsValidator(IOptions<ChangeTrackerOptions> core) : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var failures = new List<string>();
        if (core.Value.Database.Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.Jobs.ConnectionString))
                failures.Add("ChangeTracker:Database:Provider is PostgreSql, so ConnectionStrings:Hangfire (or ConnectionStrings:ChangeTracker) must name the server");
        }
        else if (string.IsNullOrWhiteSpace(options.HangfireDatabasePath)) failures.Add("ChangeTracker:HangfireDatabasePath must not be empty");
        else if (!string.IsNullOrWhiteSpace(core.Value.DatabasePath)
                 && Path.GetFullPath(core.Value.DatabasePath) == Path.GetFullPath(options.HangfireDatabasePath))
            failures.Add("ChangeTracker:HangfireDatabasePath must be a different file from ChangeTracker:DatabasePath");
        if (options.Jobs.InvisibilityTimeout < TimeSpan.FromSeconds(5))
            failures.Add($"ChangeTracker:Jobs:InvisibilityTimeout must be at least 00:00:05 (is {options.Jobs.InvisibilityTimeout})");
        if (CronFieldCount(options.IngestCron) is not (5 or 6)) failures.Add($"ChangeTracker:IngestCron '{options.IngestCron}' is not a cron expression of 5 or 6 fields");
        if (options.JobWorkers is < 1 or > 64) failures.Add($"ChangeTracker:JobWorkers must be between 1 and 64 (is {options.JobWorkers})");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int CronFieldCount(string? cron) =>
        cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
}
