using ChangeTracker.Application.Hosting;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs.Tests;

/// <summary>The job settings live in the Jobs project's options and are checked at start.</summary>
public sealed class JobsOptionsTests
{
    private static readonly IOptions<ChangeTrackerOptions> Core = Options.Create(new ChangeTrackerOptions { DatabasePath = "data/changetracker.db" });

    [Fact]
    public void The_defaults_are_valid() =>
        Assert.True(new JobsOptionsValidator(Core).Validate(null, new JobsOptions()).Succeeded);

    [Theory]
    [InlineData("every day", null, 2, "IngestCron")]
    [InlineData("0 3 * * *", "data/changetracker.db", 2, "different file")]
    [InlineData("0 3 * * *", null, 0, "JobWorkers")]
    public void A_bad_setting_is_named(string cron, string? hangfirePath, int workers, string named)
    {
        var options = new JobsOptions { IngestCron = cron, JobWorkers = workers };
        if (hangfirePath is not null) options.HangfireDatabasePath = hangfirePath;
        var result = new JobsOptionsValidator(Core).Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage);
    }
}
