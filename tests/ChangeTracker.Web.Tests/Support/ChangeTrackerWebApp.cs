using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Web.Tests.Support;

/// <summary>
/// The web app over its own databases in a fresh temp folder, with no ingestion on start-up and the offline
/// go.dev copy as source. Disposing stops the host (and the Hangfire server) and deletes the folder.
/// </summary>
public class ChangeTrackerWebApp : WebApplicationFactory<Program>
{
    private int _cleaned;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "changetracker-web-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(Folder, "changetracker.db");

    /// <summary>The provider this app's data and jobs live in (a PostgreSQL database of its own, or SQLite files in <see cref="Folder"/>).</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private TestDatabase? _database;

    /// <summary>The settings that point a host at this app's database (set once the app has started).</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings =>
        _database?.Settings ?? throw new InvalidOperationException("the app has not started: its database is not made yet");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        _database ??= TestDatabase.Create(Provider, Folder, "web");
        foreach (var (key, value) in _database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("ChangeTracker:IngestOnStartup", "false");
        builder.UseSetting("ChangeTracker:Source", GoSite.Path);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref _cleaned, 1) == 1) return;
        SqliteConnection.ClearAllPools();
        _database?.Dispose();
        try
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background thread: the OS temp cleanup takes it later.
        }
        catch (UnauthorizedAccessException)
        {
        }
        GC.SuppressFinalize(this);
    }
}
