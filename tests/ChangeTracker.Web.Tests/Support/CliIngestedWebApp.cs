using ChangeTracker.Application.Ingestion;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Support;

/// <summary>
/// The web app over a copy of the site it ingested once itself; later ingestions are made by the real CLI in a process of
/// its own into the same database (<see cref="CliIngestAsync"/>), as a user or a cron job would run it beside the app.
/// </summary>
public class CliIngestedWebApp : ChangeTrackerWebApp, IAsyncLifetime
{
    public SiteCopy? Site { get; private set; }

    /// <summary>`changetracker ingest` from the site copy into this app's database, in a process of its own; fails with its output unless it succeeds.</summary>
    public async Task CliIngestAsync()
    {
        var environment = TestDatabase.AsEnvironment(DatabaseSettings);
        var cli = Path.Combine(AppContext.BaseDirectory, "changetracker.dll");
        var result = await ChildProcess.RunAsync(Folder, TimeSpan.FromMinutes(3), environment, "dotnet", cli, "ingest", "--source", Site!.Path);
        if (result.ExitCode != 0) throw new InvalidOperationException($"changetracker ingest exited with {result.ExitCode}:\n{result.Out}\n{result.Error}");
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (GoSite.SkipReason is not null || Provider == DatabaseProvider.PostgreSql && TestPostgres.SkipReason is not null) return;
        Site = new SiteCopy();
        var ingestion = Services.GetRequiredService<IngestionUseCase>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var report = await ingestion.RunAsync(new IngestionRequest(Site.Path, Trigger: "test"), null, timeout.Token);
        if (!report.Succeeded) throw new InvalidOperationException($"ingesting the site copy failed: {report.Summary}");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Site?.Dispose();
    }
}

/// <summary>The same with its data (and the CLI's) in a PostgreSQL database of its own.</summary>
public sealed class CliIngestedPostgreSqlWebApp : CliIngestedWebApp
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
