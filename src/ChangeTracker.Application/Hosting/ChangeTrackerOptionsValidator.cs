using ChangeTracker.Storage;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Hosting;

/// <summary>Checks the "ChangeTracker" section at start-up, so a bad path or a missing connection string fails with a message, not later.</summary>
public sealed class ChangeTrackerOptionsValidator : IValidateOptions<ChangeTrackerOptions>
{
    public ValidateOptionsResult Validate(string? name, ChangeTrackerOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Source)) failures.Add("ChangeTracker:Source must name an https:// address or a folder");
        if (options.Database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.DatabasePath))
            failures.Add("ChangeTracker:DatabasePath must not be empty");
        if (options.Database.Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.Database.ConnectionString))
            failures.Add("ChangeTracker:Database:Provider is PostgreSql, so ConnectionStrings:ChangeTracker must name the server (Host=…;Database=…;Username=…)");
        if (!Enum.IsDefined(options.Database.Provider))
            failures.Add("ChangeTracker:Database:Provider must be Sqlite or PostgreSql");
        if (options.Ingestion.Lease < TimeSpan.FromSeconds(1) || options.Ingestion.Lease > TimeSpan.FromDays(1))
            failures.Add("ChangeTracker:Ingestion:Lease must be between 00:00:01 and 1.00:00:00");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
