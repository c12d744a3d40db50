using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources.Tests;

/// <summary>The limits a hostile or broken server meets: body size (memory stays flat) and redirects, over real HTTP.</summary>
[Collection(HttpCollection.Name)]
public sealed class SourceLimitsTests
{
    private static async Task<SourceResponse> FetchAsync(FaultServer server, string path, Action<SourceOptions>? configure = null)
    {
        using var provider = TestSources.Provider(configure);
        return await provider.Factory().Create(server.BaseAddress).FetchAsync(new SourcePath(path), null, CancellationToken.None);
    }

    [Fact]
    public async Task A_streamed_body_past_the_limit_fails_naming_the_limit_and_memory_stays_flat()
    {
        await using var server = await FaultServer.StartAsync();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var response = await FetchAsync(server, "/huge", o => o.MaxBodyBytes = 4L * 1024 * 1024);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("larger than the 4 MiB limit", response.Error);
        Assert.Contains("MaxBodyBytes", response.Error);
        Assert.Equal(1, server.Requests("/huge")); // a limit is not transient: no retry
        // The server offers 1 GiB; the client holds at most the limit (a generous bound: other tests allocate too).
        Assert.True(allocated < 96L * 1024 * 1024, $"fetching allocated {allocated / (1024 * 1024)} MiB");
    }

    [Fact]
    public async Task A_declared_length_past_the_limit_fails_before_the_body_is_read()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/huge-declared");

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("larger than the 16 MiB limit (Content-Length 200 MiB)", response.Error);
        Assert.Equal(1, server.Requests("/huge-declared"));
    }

    [Fact]
    public async Task A_redirect_loop_is_named_as_such()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/loop", o => o.MaxRedirects = 5);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("redirected more than 5 times (a redirect loop, or too many redirects)", response.Error);
        Assert.Contains("/loop", response.Error);
        Assert.Equal(6, server.Requests("/loop")); // the first request and five redirects, then no retry
    }

    [Fact]
    public async Task Redirects_within_the_limit_are_followed()
    {
        await using var server = await FaultServer.StartAsync();

        var response = await FetchAsync(server, "/chain/4", o => o.MaxRedirects = 4);

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal("end of the chain", response.Body);
    }

    [Fact]
    public async Task A_file_past_the_limit_fails_without_being_read()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "doc", "go1.12.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var stream = File.Create(file)) stream.SetLength(3 * 1024 * 1024);
        var source = new FolderSource(folder.Path, maxBodyBytes: 1024 * 1024);

        var response = await source.FetchAsync(SourcePath.ReleaseNotes("go1.12"), null, CancellationToken.None);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("larger than the 1 MiB limit", response.Error);
        Assert.Contains("3 MiB", response.Error);
    }

    [Theory]
    [InlineData(100, "MaxBodyBytes")]
    [InlineData(-1, "MaxRedirects")]
    public void Limits_out_of_range_are_refused_at_start(long value, string setting)
    {
        using var provider = TestSources.Provider(o =>
        {
            if (setting == "MaxBodyBytes") o.MaxBodyBytes = value; else o.MaxRedirects = (int)value;
        });
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.Extensions.Options.IOptions<SourceOptions>>(provider).Value);
        Assert.Contains(setting, error.Message);
    }
}
