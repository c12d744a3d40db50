using ChangeTracker.Application.Hosting;
using ChangeTracker.Application.Ingestion;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>Hangfire with SQLite storage in its own file, a server, the jobs, and the recurring ingestion.</summary>
public static class JobsSetup
{
    public static IServiceCollection AddChangeTrackerJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(ChangeTrackerOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        services.AddHangfire((sp, config) =>
        {
            var path = Path.GetFullPath(sp.GetRequiredService<IOptions<JobsOptions>>().Value.HangfireDatabasePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        });
        services.AddHangfireServer((sp, o) => o.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.JobWorkers);
        services.AddSingleton<IJobQueue, JobQueue>();
        services.AddTransient<ScheduledIngestionJob>();
        services.AddTransient<VersionIngestionJob>();
        services.AddTransient<ReportExportJob>();
        services.AddSingleton<IIngestionSchedule, HangfireIngestionSchedule>();
        return services;
    }

    /// <summary>
    /// Registers the recurring ingestion with the configured cron and, when configured, asks for a start-up run — which
    /// joins a run already queued or running, or brings forward a failed run's pending retry, instead of adding one.
    /// </summary>
    public static WebApplication UseChangeTrackerJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<ScheduledIngestionJob>(ScheduledIngestionJob.RecurringJobId,
            j => j.RunAsync(null, IngestionTriggers.Schedule, null, CancellationToken.None), options.IngestCron);
        if (options.IngestOnStartup)
        {
            var ticket = app.Services.GetRequiredService<IJobQueue>().EnqueueIngestion(IngestionTriggers.Startup);
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JobsSetup)).LogInformation("Start-up ingestion: {Note}", ticket.Note);
        }
        return app;
    }
}
