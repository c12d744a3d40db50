using ChangeTracker.Application.Hosting;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Jobs;

/// <summary>Hangfire with SQLite storage in its own file, a server, the jobs, and the recurring ingestion.</summary>
public static class JobsSetup
{
    public static IServiceCollection AddChangeTrackerJobs(this IServiceCollection services)
    {
        services.AddHangfire((sp, config) =>
        {
            var path = Path.GetFullPath(sp.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value.HangfireDatabasePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        });
        services.AddHangfireServer(o => o.WorkerCount = 2);
        services.AddSingleton<IJobQueue, JobQueue>();
        services.AddTransient<ScheduledIngestionJob>();
        services.AddTransient<VersionIngestionJob>();
        services.AddTransient<DiffRecomputeJob>();
        services.AddTransient<ReportExportJob>();
        return services;
    }

    /// <summary>Registers the recurring ingestion with the configured cron and, when configured, runs it once now.</summary>
    public static WebApplication UseChangeTrackerJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<ScheduledIngestionJob>(ScheduledIngestionJob.RecurringJobId, j => j.RunAsync(null, CancellationToken.None), options.IngestCron);
        if (options.IngestOnStartup)
            app.Services.GetRequiredService<IJobQueue>().EnqueueScheduledIngestion(null);
        return app;
    }
}
