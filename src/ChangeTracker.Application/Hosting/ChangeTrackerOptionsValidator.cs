using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Hosting;

/// <summary>Checks the "ChangeTracker" section at start-up, so a bad path or cron fails with a message, not later.</summary>
public sealed class ChangeTrackerOptionsValidator : IValidateOptions<ChangeTrackerOptions>
{
    public ValidateOptionsResult Validate(string? name, ChangeTrackerOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Source)) failures.Add("ChangeTracker:Source must name an https:// address or a folder");
        if (string.IsNullOrWhiteSpace(options.DatabasePath)) failures.Add("ChangeTracker:DatabasePath must not be empty");
        if (string.IsNullOrWhiteSpace(options.HangfireDatabasePath)) failures.Add("ChangeTracker:HangfireDatabasePath must not be empty");
        if (!string.IsNullOrWhiteSpace(options.DatabasePath) && !string.IsNullOrWhiteSpace(options.HangfireDatabasePath)
            && Path.GetFullPath(options.DatabasePath) == Path.GetFullPath(options.HangfireDatabasePath))
            failures.Add("ChangeTracker:HangfireDatabasePath must be a different file from ChangeTracker:DatabasePath");
        if (CronFieldCount(options.IngestCron) is not (5 or 6)) failures.Add($"ChangeTracker:IngestCron '{options.IngestCron}' is not a cron expression of 5 or 6 fields");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int CronFieldCount(string? cron) =>
        cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
}
