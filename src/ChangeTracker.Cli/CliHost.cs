using ChangeTracker.Application.Hosting;
using ChangeTracker.Storage;
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

/// <summary>
/// Builds the services a command needs, with configuration from defaults, environment variables
/// (ChangeTracker__Database__Provider, ConnectionStrings__ChangeTracker, …), `--Section:Key=value` settings and options.
/// </summary>
public static class CliHost
{
    /// <summary>
    /// The services of a one-shot command, with its database prepared. No generic host: a command runs no hosted
    /// service and needs no lifetime, and building one costs a short-lived process a noticeable part of its start-up.
    /// </summary>
    public static async Task<CliServices> StartAsync(string? databasePath, string? source, DatabaseUse use, CancellationToken cancellationToken)
    {
        CliTimings.Mark("command parsed");
        var configuration = new ConfigurationManager();
        Configure(configuration, databasePath, source);
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        AddServices(services, LogLevel.Warning);
        var host = new CliServices(services.BuildServiceProvider());
        CliTimings.Mark("host built");
        if (use == DatabaseUse.ReadExisting)
        {
            var options = host.Services.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value;
            if (options.Database.Provider == DatabaseProvider.Sqlite && !File.Exists(options.DatabasePath))
            {
                host.Dispose();
                throw new UsageException($"no database at {Path.GetFullPath(options.DatabasePath)} — run `changetracker ingest` first");
            }
        }
        // A read needs nothing prepared when every migration of this build is applied (whoever applied them prepared the
        // rest); that check is one plain query, and only a database that is behind has the full preparation resolved and run.
        if (use == DatabaseUse.CreateIfMissing || !await DatabaseMigrator.IsCurrentAsync(host.Services.GetRequiredService<DatabaseTarget>(), cancellationToken))
            await host.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);
        CliTimings.Mark("database prepared");
        return host;
    }

    /// <summary>The configured builder with the shared services; `--db PATH` means SQLite at PATH whatever else is set.</summary>
    public static HostApplicationBuilder Builder(string? databasePath, string? source, LogLevel logLevel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        Configure(builder.Configuration, databasePath, source);
        builder.Logging.ClearProviders();
        AddServices(builder.Services, logLevel);
        return builder;
    }

    /// <summary>Environment variables, then `--Section:Key=value` settings, then the options that name a database or source.</summary>
    private static void Configure(IConfigurationBuilder configuration, string? databasePath, string? source)
    {
        configuration.AddEnvironmentVariables();
        configuration.AddInMemoryCollection(CliSettings.Overrides);
        var overrides = new Dictionary<string, string?>();
        if (databasePath is not null)
        {
            overrides[$"{ChangeTrackerOptions.SectionName}:DatabasePath"] = databasePath;
            overrides[$"{ChangeTrackerOptions.SectionName}:Database:Provider"] = nameof(DatabaseProvider.Sqlite);
        }
        if (source is not null) overrides[$"{ChangeTrackerOptions.SectionName}:Source"] = source;
        configuration.AddInMemoryCollection(overrides);
    }

    private static void AddServices(IServiceCollection services, LogLevel logLevel)
    {
        services.AddLogging(logging => logging.SetMinimumLevel(logLevel));
        services.AddChangeTrackerCore();
    }
}
