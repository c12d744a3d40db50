using ChangeTracker.Application.Hosting;
using ChangeTracker.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Tests.Hosting;

/// <summary>ChangeTracker:Source is the base address; ChangeTracker:Source:* tune how it is fetched, checked at start.</summary>
public sealed class SourceOptionsBindingTests
{
    [Fact]
    public void ChangeTracker_Source_settings_are_bound_to_the_source_options()
    {
        using var services = Build(new()
        {
            ["ChangeTracker:Source"] = "https://mirror.example.org",
            ["ChangeTracker:Source:AttemptTimeout"] = "00:00:07",
            ["ChangeTracker:Source:TotalTimeout"] = "00:01:30",
            ["ChangeTracker:Source:MaxRetries"] = "5",
            ["ChangeTracker:Source:BaseDelay"] = "00:00:00.250",
            ["ChangeTracker:Source:MaxConcurrency"] = "2",
            ["ChangeTracker:Source:UserAgent"] = "ChangeTrackerTest/2.0",
        });

        var options = services.GetRequiredService<IOptions<SourceOptions>>().Value;

        Assert.Equal("https://mirror.example.org", options.Location);
        Assert.Equal("https://mirror.example.org", services.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value.Source);
        Assert.Equal((TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(90), 5, TimeSpan.FromMilliseconds(250), 2, "ChangeTrackerTest/2.0"),
            (options.AttemptTimeout, options.TotalTimeout, options.MaxRetries, options.BaseDelay, options.MaxConcurrency, options.UserAgent));
    }

    [Fact]
    public void Without_settings_the_defaults_of_the_readme_hold()
    {
        using var services = Build(new());
        var options = services.GetRequiredService<IOptions<SourceOptions>>().Value;
        Assert.Equal(("https://go.dev", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), 3, 4),
            (options.Location, options.AttemptTimeout, options.TotalTimeout, options.MaxRetries, options.MaxConcurrency));
    }

    [Theory]
    [InlineData("ChangeTracker:Source:MaxRetries", "-1", "MaxRetries")]
    [InlineData("ChangeTracker:Source:MaxConcurrency", "0", "MaxConcurrency")]
    [InlineData("ChangeTracker:Source:UserAgent", " ", "UserAgent")]
    [InlineData("ChangeTracker:Source:AttemptTimeout", "00:10:00", "AttemptTimeout")]
    public void A_bad_setting_fails_at_start_naming_it(string key, string value, string named)
    {
        using var services = Build(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SourceOptions>>().Value);
        Assert.Contains(named, error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddChangeTrackerCore()
            .BuildServiceProvider();
    }
}
