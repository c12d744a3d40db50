using ChangeTracker.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Jobs.Tests.Support;

/// <summary>The real web app (with its Hangfire server and SQLite job storage) over temp files, started in-process.</summary>
public sealed class JobsApp(string source, string cron = "0 3 * * *") : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "changetracker-jobs", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseSetting("ChangeTracker:Source", source);
        builder.UseSetting("ChangeTracker:DatabasePath", Path.Combine(Folder, "changetracker.db"));
        builder.UseSetting("ChangeTracker:HangfireDatabasePath", Path.Combine(Folder, "hangfire.db"));
        builder.UseSetting("ChangeTracker:IngestCron", cron);
        builder.UseSetting("ChangeTracker:IngestOnStartup", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<ChangeTrackerDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<ChangeTrackerDbContext>>().CreateDbContextAsync();

    /// <summary>Polls until <paramref name="condition"/> holds, failing with <paramref name="what"/> after the time-out.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(250);
        }
        Assert.Fail($"timed out after {seconds} s waiting for {what}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
