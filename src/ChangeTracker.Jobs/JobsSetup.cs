using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>Hangfire with its storage beside the data (SQLite file or PostgreSQL), a server unless turned off, the jobs, and the recurring ingestion.</summary>
public static class JobsSetup
{
    /// <param name="runServer">Whether this process runs a Hangfire server (ChangeTracker:Jobs:RunServer; the worker host always does).</param>
    /// <summary>The jobs as <paramref name="status"/> allows: with no server and no schedule when they are off.</summary>
    public static IServiceCollection AddChangeTrackerJobs(this IServiceCollection services, JobsStatus status) =>
        services.AddSingleton(status).AddChangeTrackerJobs(status.Available && status.RunsServer);

    public static IServiceCollection AddChangeTrackerJobs(this IServiceCollection services, bool runServer = true)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(ChangeTrackerOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) => options.Jobs.ConnectionString ??=
                configuration.GetConnectionString(JobsServerSettings.HangfireConnectionStringName)
                ?? configuration.GetConnectionString(DatabaseSettings.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        services.AddHangfire((sp, config) => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseChangeTrackerStorage(sp.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value, sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        if (runServer)
        {
            services.AddHangfireServer((sp, o) => o.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.JobWorkers);
            services.AddHostedService<QueuedRunsHeartbeat>();
        }
        services.AddSingleton<IJobQueue, JobQueue>();
        services.AddTransient<ScheduledIngestionJob>();
        services.AddTransient<VersionIngestionJob>();
        services.AddSingleton<VersionLock>();
        services.AddTransient<ReportExportJob>();
        services.AddSingleton<IIngestionSchedule, HangfireIngestionSchedule>();
        return services;
    }

    /// <summary>
    /// Registers the recurring ingestion with the configured cron and, when configured, asks for a start-up run — which
    /// joins a run already queued or running, or brings forward a failed run's pending retry, instead of adding one.
    /// </summary>
    public static IServiceProvider UseChangeTrackerJobs(this IServiceProvider services, bool askForStartupRun)
    {
        var options = services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<ScheduledIngestionJob>(ScheduledIngestionJob.RecurringJobId,
            j => j.RunAsync(null, IngestionTriggers.Schedule, null, CancellationToken.None), options.IngestCron);
        if (askForStartupRun)
        {
            var ticket = services.GetRequiredService<IJobQueue>().EnqueueIngestion(IngestionTriggers.Startup);
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JobsSetup)).LogInformation("Start-up ingestion: {Note}", ticket.Note);
        }
        return services;
    }

    public static WebApplication UseChangeTrackerJobs(this WebApplication app)
    {
        if (app.Services.GetService<JobsStatus>() is { OffReason: { } off })
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JobsSetup)).LogWarning("No jobs in this process: {Reason}", off);
            return app;
        }
        app.Services.UseChangeTrackerJobs(app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.IngestOnStartup);
        return app;
    }

    /// <summary>ChangeTracker:Jobs:RunServer (default true), read before the services are built.</summary>
    public static bool RunsServer(IConfiguration configuration) =>
        configuration.GetValue($"{ChangeTrackerOptions.SectionName}:Jobs:RunServer", true);
}
