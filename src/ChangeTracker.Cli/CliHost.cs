using ChangeTracker.Application.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Cli;

/// <summary>Whether a command may create the database (ingest) or only reads one that exists (everything else).</summary>
public enum DatabaseUse
{
    ReadExisting,
    CreateIfMissing,
}

/// <summary>Builds the services a command needs, with configuration from defaults, CHANGETRACKER_* variables and options.</summary>
public static class CliHost
{
    public static async Task<IHost> StartAsync(string? databasePath, string? source, DatabaseUse use, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        var overrides = new Dictionary<string, string?>();
        if (databasePath is not null) overrides[$"{ChangeTrackerOptions.SectionName}:DatabasePath"] = databasePath;
        if (source is not null) overrides[$"{ChangeTrackerOptions.SectionName}:Source"] = source;
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddChangeTrackerCore();
        var host = builder.Build();
        if (use == DatabaseUse.ReadExisting)
        {
            var path = host.Services.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value.DatabasePath;
            if (!File.Exists(path))
            {
                host.Dispose();
                throw new UsageException($"no database at {Path.GetFullPath(path)} — run `changetracker ingest` first");
            }
        }
        await host.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
        return host;
    }
}
