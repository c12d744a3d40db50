using System.Diagnostics;
using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources.Tests;

[Collection(HttpCollection.Name)]
public sealed class HttpSourceTests
{
    private static async Task<SourceResponse> FetchAsync(FaultServer server, string path, Action<SourceOptions>? configure = null, SourceValidators? validators = null)
    {
        using var provider = TestSources.Provider(configure);
        var source = provider.Factory().Create(server.BaseAddress);
        return await source.FetchAsync(new SourcePath(path), validators, CancellationToken.None);
    }

    [Fact]
    public async Task Ok_returns_the_body()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/ok");

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal("hello from the fault server", response.Body);
        Assert.Null(response.Error);
        Assert.Equal(1, server.Requests("/ok"));
    }

    [Fact]
    public async Task Always_500_fails_after_all_retries()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/always500", o => o.MaxRetries = 3);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.StartsWith("HTTP 500", response.Error);
        Assert.Contains("/always500", response.Error);
        Assert.Contains("4 attempts", response.Error);
        Assert.Null(response.Body);
        Assert.Equal(4, server.Requests("/always500"));
    }

    [Fact]
    public async Task A_failure_names_the_reason_of_every_attempt_not_only_the_last()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/reset-then-503", o => o.MaxRetries = 2);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Equal(3, server.Requests("/reset-then-503"));
        var error = Assert.IsType<string>(response.Error);
        var attempts = error[error.IndexOf("3 attempts: ", StringComparison.Ordinal)..];
        Assert.EndsWith("HTTP 503 Service Unavailable ×2)", attempts);
        Assert.DoesNotContain("HTTP", attempts.Split("; ")[0]); // the first attempt had no answer at all: its own reason
    }

    [Fact]
    public async Task No_retries_when_MaxRetries_is_zero()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/always500", o => o.MaxRetries = 0);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.StartsWith("HTTP 500", response.Error);
        Assert.Equal(1, server.Requests("/always500"));
    }

    [Fact]
    public async Task Two_500s_then_200_succeeds_after_retries()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/flaky");

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal("third time lucky", response.Body);
        Assert.Equal(3, server.Requests("/flaky"));
    }

    [Fact]
    public async Task Not_found_is_NotFound_and_not_retried()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/doc/go1.99");

        Assert.Equal(SourceOutcome.NotFound, response.Outcome);
        Assert.Contains("/doc/go1.99", response.Error);
        Assert.Contains("404", response.Error);
        Assert.Equal(1, server.Requests("/doc/go1.99"));
    }

    [Fact]
    public async Task A_hang_fails_with_a_time_out_in_bounded_time()
    {
        await using var server = await FaultServer.StartAsync();
        var clock = Stopwatch.StartNew();

        var response = await FetchAsync(server, "/hang", o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
            o.MaxRetries = 2;
        });

        clock.Stop();
        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("timed out", response.Error);
        Assert.Contains("/hang", response.Error);
        Assert.Equal(3, server.Requests("/hang"));
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_total_time_out_bounds_all_attempts()
    {
        await using var server = await FaultServer.StartAsync();
        var clock = Stopwatch.StartNew();

        var response = await FetchAsync(server, "/hang", o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.TotalTimeout = TimeSpan.FromMilliseconds(500);
            o.MaxRetries = 5;
            o.BaseDelay = TimeSpan.FromMilliseconds(1);
        });

        clock.Stop();
        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("timed out", response.Error);
        Assert.InRange(server.Requests("/hang"), 1, 2);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        await using var server = await FaultServer.StartAsync();
        using var provider = TestSources.Provider();
        var source = provider.Factory().Create(server.BaseAddress);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.FetchAsync(new SourcePath("/hang"), null, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal(1, server.Requests("/hang"));
    }

    [Fact]
    public async Task A_truncated_body_fails_saying_it_was_truncated()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/truncated", o => o.MaxRetries = 1);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("truncated", response.Error);
        Assert.True(response.Error!.Contains("10000 bytes"), response.Error);
        Assert.Null(response.Body);
        Assert.Equal(2, server.Requests("/truncated")); // a truncated body is transient: retried once
    }

    [Fact]
    public async Task ETag_makes_a_conditional_get_that_answers_NotModified()
    {
        await using var server = await FaultServer.StartAsync();
        using var provider = TestSources.Provider();
        var source = provider.Factory().Create(server.BaseAddress);
        var path = new SourcePath("/etag");

        var first = await source.FetchAsync(path, null, CancellationToken.None);
        var second = await source.FetchAsync(path, new SourceValidators(first.ETag, null), CancellationToken.None);

        Assert.Equal(SourceOutcome.Ok, first.Outcome);
        Assert.Equal(FaultServer.ETagValue, first.ETag);
        Assert.Equal(FaultServer.LastModifiedValue, first.LastModified);
        Assert.Equal(SourceOutcome.NotModified, second.Outcome);
        Assert.Null(second.Body);
        var requests = server.Seen.Where(r => r.Path == "/etag").ToList();
        Assert.Equal(2, requests.Count);
        Assert.False(requests[0].Headers.ContainsKey("If-None-Match"));
        Assert.Equal(FaultServer.ETagValue, requests[1].Headers["If-None-Match"]);
    }

    [Fact]
    public async Task Last_modified_makes_a_conditional_get_that_answers_NotModified()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/lastmodified", validators: new SourceValidators(null, FaultServer.LastModifiedValue));
        var older = await FetchAsync(server, "/lastmodified", validators: new SourceValidators(null, FaultServer.LastModifiedValue.AddDays(-1)));

        Assert.Equal(SourceOutcome.NotModified, response.Outcome);
        Assert.Equal(SourceOutcome.Ok, older.Outcome);
        var first = server.Seen.First(r => r.Path == "/lastmodified");
        Assert.Equal(FaultServer.LastModifiedValue.ToString("R"), first.Headers["If-Modified-Since"]);
    }

    [Fact]
    public async Task Sends_the_ChangeTracker_user_agent()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/useragent");

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal("ChangeTracker/1.0 (+https://github.com/changetracker; release-notes tracker)", response.Body);
        Assert.Equal(SourceOptions.DefaultUserAgent, response.Body);
    }

    [Fact]
    public async Task A_configured_user_agent_is_sent()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/useragent", o => o.UserAgent = "ChangeTracker-test/2.0");

        Assert.Equal("ChangeTracker-test/2.0", response.Body);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Concurrency_is_bounded_by_MaxConcurrency(int maxConcurrency)
    {
        await using var server = await FaultServer.StartAsync();
        using var provider = TestSources.Provider(o => o.MaxConcurrency = maxConcurrency);
        var source = provider.Factory().Create(server.BaseAddress);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => Task.Run(() => source.FetchAsync(new SourcePath($"/slow/{i}"), null, CancellationToken.None))));

        Assert.All(responses, r => Assert.Equal(SourceOutcome.Ok, r.Outcome));
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"slow {i}"), responses.Select(r => r.Body));
        Assert.Equal(maxConcurrency, server.MaxInFlight);
    }

    [Fact]
    public async Task The_concurrency_bound_is_shared_by_sources_for_the_same_base()
    {
        await using var server = await FaultServer.StartAsync();
        using var provider = TestSources.Provider(o => o.MaxConcurrency = 2);
        var factory = provider.Factory();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => factory.Create(server.BaseAddress).FetchAsync(new SourcePath($"/slow/{i}"), null, CancellationToken.None)));

        Assert.All(responses, r => Assert.Equal(SourceOutcome.Ok, r.Outcome));
        Assert.Equal(2, server.MaxInFlight);
    }

    [Fact]
    public async Task Works_with_the_default_options()
    {
        await using var server = await FaultServer.StartAsync();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddReleaseSources();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var source = provider.Factory().Create(server.BaseAddress + "/");
        var response = await source.FetchAsync(SourcePath.ReleaseHistory, null, CancellationToken.None);

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal("<html>release history</html>", response.Body);
    }

    [Fact]
    public async Task Connection_refused_is_Failed_not_thrown()
    {
        string baseAddress;
        await using (var server = await FaultServer.StartAsync())
            baseAddress = server.BaseAddress;

        using var provider = TestSources.Provider(o => o.MaxRetries = 1);
        var response = await provider.Factory().Create(baseAddress)
            .FetchAsync(new SourcePath("/ok"), null, CancellationToken.None);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("failed", response.Error);
        Assert.Contains("2 attempts", response.Error);
    }
}
