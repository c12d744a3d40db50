namespace ChangeTracker.Jobs.Tests;

/// <summary>The retry delays the logs name are the ones each job's retry attribute declares.</summary>
public sealed class JobRetriesTests
{
    [Fact]
    public void The_delays_are_read_from_each_jobs_retry_attribute()
    {
        Assert.Equal([30, 120, 600], JobRetries.DelaysOf<ScheduledIngestionJob>(nameof(ScheduledIngestionJob.RunAsync)));
        Assert.Equal([10, 60, 300], JobRetries.DelaysOf<VersionIngestionJob>(nameof(VersionIngestionJob.RunAsync)));
    }

    [Fact]
    public void A_method_without_a_retry_attribute_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => JobRetries.DelaysOf<JobRetriesTests>(nameof(A_method_without_a_retry_attribute_is_named_in_the_error)));
        Assert.Equal("JobRetriesTests.A_method_without_a_retry_attribute_is_named_in_the_error declares no retry delays.", error.Message);
    }
}
