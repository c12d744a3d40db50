using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Facts;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Mirroring;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Reports;
using ChangeTracker.Application.Seeding;
using ChangeTracker.Parsing;
using ChangeTracker.Sources;
using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Application.Hosting;

/// <summary>Registers everything the hosts share: storage, sources, the ingestion use case, queries.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddChangeTrackerCore(this IServiceCollection services)
    {
        services.AddOptions<ChangeTrackerOptions>().BindConfiguration(ChangeTrackerOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
                options.Database.ConnectionString ??= configuration.GetConnectionString(DatabaseSettings.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChangeTrackerOptions>, ChangeTrackerOptionsValidator>();
        services.AddSingleton(sp => DatabaseTargetOf(sp.GetRequiredService<IOptions<ChangeTrackerOptions>>().Value));
        services.AddChangeTrackerStorage(sp => sp.GetRequiredService<DatabaseTarget>());
        services.AddReleaseSources();
        services.AddOptions<ParsingOptions>().BindConfiguration(ParsingOptions.SectionName)
            .Validate(o => o.MaxElements >= 1000 && o.MaxDepth >= 32, "ChangeTracker:Parsing: MaxElements must be at least 1000 and MaxDepth at least 32").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ParsingOptions>>().Value.ToBudget());
        services.AddSourceOptionsFromConfiguration();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreGate>();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<FactStore>();
        services.AddSingleton<HistoryIngestor>();
        services.AddSingleton<DownloadsIngestor>();
        services.AddSingleton<NotesIngestor>();
        services.AddSingleton<RunRecorder>();
        services.AddSingleton<RunHeartbeat>();
        services.AddSingleton<IngestionUseCase>();
        services.AddSingleton<ReportedSizesSeeder>();
        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<KnownVersionsQuery>();
        services.AddSingleton<VersionsQuery>();
        services.AddSingleton<SizesQuery>();
        services.AddSingleton<FactsQuery>();
        services.AddSingleton<RunsQuery>();
        services.AddSingleton<HistoryQuery>();
        services.AddSingleton<SearchQuery>();
        services.AddSingleton<PlatformsQuery>();
        services.AddSingleton<ReleaseQuery>();
        services.AddSingleton<SizeTrendQuery>();
        services.AddSingleton<OverviewQuery>();
        services.AddSingleton<DiffInputLoader>();
        services.AddSingleton<StoredFactsRefresher>();
        services.AddSingleton<StoredDiffs>();
        services.AddSingleton<DiffUseCase>();
        services.AddSingleton<ReportExporter>();
        services.AddSingleton<Checks.CheckUseCase>();
        services.AddSingleton<MirrorUseCase>();
        services.AddSingleton<Versioning.DataVersionQuery>();
        return services;
    }

    /// <summary>SQLite at ChangeTracker:DatabasePath, or PostgreSQL at ConnectionStrings:ChangeTracker.</summary>
    public static DatabaseTarget DatabaseTargetOf(ChangeTrackerOptions options) => options.Database.Provider == DatabaseProvider.PostgreSql
        ? DatabaseTarget.PostgreSql(options.Database.ConnectionString ?? "")
        : DatabaseTarget.Sqlite(options.DatabasePath, options.Database.ReadOnly);
}

/// <summary>
/// Binds <see cref="SourceOptions"/> to ChangeTracker:Source:* (AttemptTimeout, TotalTimeout, MaxRetries, BaseDelay,
/// MaxConcurrency, UserAgent, PublicBaseUrl); the base address is ChangeTracker:Source itself. Validated at start.
/// </summary>
public static class SourceConfiguration
{
    public const string SectionName = ChangeTrackerOptions.SectionName + ":Source";

    public static IServiceCollection AddSourceOptionsFromConfiguration(this IServiceCollection services)
    {
        services.AddOptions<SourceOptions>()
            .BindConfiguration(SectionName)
            .PostConfigure<IOptions<ChangeTrackerOptions>>((source, core) =>
            {
                if (!string.IsNullOrWhiteSpace(core.Value.Source)) source.Location = core.Value.Source;
            })
            .ValidateOnStart();
        return services;
    }
}

/// <summary>
/// What every host does before serving, one process at a time: apply pending migrations, re-extract facts a migration dropped (from the
/// stored items), load seed data into an empty database, and mark runs whose process died (lease lapsed) abandoned.
/// </summary>
public sealed class DatabaseStartup(
    IDbContextFactory<ChangeTrackerDbContext> dbFactory, DatabaseTarget target, DatabaseStatus status, StoredFactsRefresher refresher,
    ReportedSizesSeeder seeder, RunRecorder runs)
{
    /// <summary>Prepares the database; a read-only one is only looked at (which migrations it lacks), never written.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (target.ReadOnlyReason is { } reason)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            status.ReadOnlyReason = reason;
            status.PendingMigrations = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return;
        }
        await using var startup = await SessionLock.AcquireAsync(target, SessionLock.Startup, null, cancellationToken);
        await DatabaseMigrator.MigrateAsync(dbFactory, cancellationToken);
        await refresher.RefreshMissingAsync(cancellationToken);
        await seeder.SeedAsync(null, cancellationToken);
        await runs.AbandonLapsedAsync(cancellationToken);
    }
}
