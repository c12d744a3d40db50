namespace ChangeTracker.Application.Hosting;

/// <summary>The "ChangeTracker" configuration section shared by the CLI, the web app and the jobs.</summary>
public sealed class ChangeTrackerOptions
{
    public const string SectionName = "ChangeTracker";

    /// <summary>An http(s) base address (https://go.dev) or a local folder laid out by URL path.</summary>
    public string Source { get; set; } = "https://go.dev";

    public string DatabasePath { get; set; } = "data/changetracker.db";

    public string HangfireDatabasePath { get; set; } = "data/hangfire.db";

    /// <summary>Cron expression of the recurring ingestion (default: daily at 03:00 UTC).</summary>
    public string IngestCron { get; set; } = "0 3 * * *";

    public bool IngestOnStartup { get; set; } = true;
}
