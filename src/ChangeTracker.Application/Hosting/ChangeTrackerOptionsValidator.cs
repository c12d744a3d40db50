using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Hosting;

/// <summary>Checks the "ChangeTracker" section at start-up, so a bad path fails with a message, not later.</summary>
public sealed class ChangeTrackerOptionsValidator : IValidateOptions<ChangeTrackerOptions>
{
    public ValidateOptionsResult Validate(string? name, ChangeTrackerOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Source)) failures.Add("ChangeTracker:Source must name an https:// address or a folder");
        if (string.IsNullOrWhiteSpace(options.DatabasePath)) failures.Add("ChangeTracker:DatabasePath must not be empty");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
