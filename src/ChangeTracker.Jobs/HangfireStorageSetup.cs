using ChangeTracker.Application.Hosting;
using ChangeTracker.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace ChangeTracker.Jobs;

/// <summary>
/// Where Hangfire keeps its queue, beside the data: its own SQLite file, or the PostgreSQL server (schema "hangfire",
/// created on first start). Every server sharing that storage shares the queue, its distributed locks and the recurring
/// schedule.
/// </summary>
internal static class HangfireStorageSetup
{
    public static readonly TimeSpan QueuePollInterval = TimeSpan.FromSeconds(1);

    public static IGlobalConfiguration UseChangeTrackerStorage(this IGlobalConfiguration config, ChangeTrackerOptions core, JobsOptions jobs)
    {
        if (core.Database.Provider == DatabaseProvider.PostgreSql)
            return config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(jobs.Jobs.ConnectionString),
                new PostgreSqlStorageOptions
                {
                    QueuePollInterval = QueuePollInterval,
                    PrepareSchemaIfNecessary = true,
                    InvisibilityTimeout = jobs.Jobs.InvisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                });
        var path = Path.GetFullPath(jobs.HangfireDatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return config.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = QueuePollInterval });
    }
}
