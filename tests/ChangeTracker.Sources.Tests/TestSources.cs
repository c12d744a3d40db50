using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Sources.Tests;

/// <summary>Builds the real DI registration (<see cref="SourcesServiceCollectionExtensions.AddReleaseSources"/>) with options for tests.</summary>
internal static class TestSources
{
    /// <summary>Fast settings: 10 ms retry delays, short time-outs.</summary>
    public static void Fast(SourceOptions o)
    {
        o.AttemptTimeout = TimeSpan.FromSeconds(5);
        o.TotalTimeout = TimeSpan.FromSeconds(20);
        o.BaseDelay = TimeSpan.FromMilliseconds(10);
        o.MaxRetries = 3;
    }

    public static ServiceProvider Provider(Action<SourceOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddReleaseSources(o =>
        {
            Fast(o);
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static ReleaseSourceFactory Factory(this ServiceProvider provider) => provider.GetRequiredService<ReleaseSourceFactory>();
}
