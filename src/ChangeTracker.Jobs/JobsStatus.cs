using ChangeTracker.Application.Hosting;
using ChangeTracker.Storage;
using Microsoft.Extensions.Configuration;

namespace ChangeTracker.Jobs;

/// <summary>
/// Whether this process may run jobs, decided before its services are built: not when the data or Hangfire's own
/// SQLite file cannot be written (the web app then serves reads only, and its health says why).
/// </summary>
public sealed record JobsStatus(string? OffReason, bool RunsServer)
{
    public bool Available => OffReason is null;

    public static JobsStatus From(IConfiguration configuration) => new(OffReasonOf(configuration), JobsSetup.RunsServer(configuration));

    private static string? OffReasonOf(IConfiguration configuration)
    {
        var section = configuration.GetSection(ChangeTrackerOptions.SectionName);
        var core = section.Get<ChangeTrackerOptions>() ?? new ChangeTrackerOptions();
        if (core.Database.Provider == DatabaseProvider.PostgreSql) return null;
        if (SqliteAccess.ReadOnlyReason(Path.GetFullPath(core.DatabasePath), core.Database.ReadOnly) is { } reason)
            return $"jobs are off: {reason}";
        var hangfire = Path.GetFullPath((section.Get<JobsOptions>() ?? new JobsOptions()).HangfireDatabasePath);
        return SqliteAccess.CanWrite(hangfire) ? null : $"jobs are off: Hangfire's database {hangfire} cannot be written";
    }
}
