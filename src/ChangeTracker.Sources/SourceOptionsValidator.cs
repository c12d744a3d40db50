using Microsoft.Extensions.Options;

namespace ChangeTracker.Sources;

/// <summary>Rejects option values the resilience pipeline would reject later with a less clear message.</summary>
internal sealed class SourceOptionsValidator : IValidateOptions<SourceOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);

    public ValidateOptionsResult Validate(string? name, SourceOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Location))
            errors.Add("Sources: Location must name an http(s) base address or a folder");
        if (options.AttemptTimeout < MinimumTimeout || options.AttemptTimeout > TimeSpan.FromDays(1))
            errors.Add($"Sources: AttemptTimeout must be between 10 ms and 1 day (is {options.AttemptTimeout})");
        if (options.TotalTimeout < MinimumTimeout || options.TotalTimeout > TimeSpan.FromDays(1))
            errors.Add($"Sources: TotalTimeout must be between 10 ms and 1 day (is {options.TotalTimeout})");
        if (options.AttemptTimeout > options.TotalTimeout)
            errors.Add($"Sources: AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout})");
        if (options.MaxRetries < 0 || options.MaxRetries > 20)
            errors.Add($"Sources: MaxRetries must be between 0 and 20 (is {options.MaxRetries})");
        if (options.BaseDelay < TimeSpan.Zero || options.BaseDelay > TimeSpan.FromHours(1))
            errors.Add($"Sources: BaseDelay must be between 0 and 1 hour (is {options.BaseDelay})");
        else if (options.MaxRetries is > 0 and <= 20)
        {
            var cumulative = TimeSpan.FromTicks(options.BaseDelay.Ticks * ((1L << options.MaxRetries) - 1));
            if (cumulative > options.TotalTimeout)
                errors.Add($"Sources: the retry delays ({options.MaxRetries} retries from {options.BaseDelay}, exponential: {cumulative}) exceed TotalTimeout ({options.TotalTimeout})");
        }
        if (options.MaxConcurrency < 1)
            errors.Add($"Sources: MaxConcurrency must be at least 1 (is {options.MaxConcurrency})");
        if (options.MaxBodyBytes < 1024 || options.MaxBodyBytes > 1L << 30)
            errors.Add($"Sources: MaxBodyBytes must be between 1024 and 1073741824 (is {options.MaxBodyBytes})");
        if (options.MaxRedirects < 0 || options.MaxRedirects > 50)
            errors.Add($"Sources: MaxRedirects must be between 0 and 50 (is {options.MaxRedirects})");
        if (string.IsNullOrWhiteSpace(options.UserAgent))
            errors.Add("Sources: UserAgent must not be empty");
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicBase) || (publicBase.Scheme != Uri.UriSchemeHttp && publicBase.Scheme != Uri.UriSchemeHttps))
            errors.Add($"Sources: PublicBaseUrl must be an absolute http(s) URL (is '{options.PublicBaseUrl}')");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
