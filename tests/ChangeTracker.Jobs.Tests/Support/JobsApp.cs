using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Jobs.Tests.Support;

/// <summary>
/// The real web app (with its Hangfire server) started in-process over a database of its own: SQLite files in a temp
/// folder (data and jobs), or a PostgreSQL database holding both.
/// </summary>
public sealed class JobsApp(string source, DatabaseProvider provider, string cron = "0 3 * * *") : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "changetracker-jobs", Guid.NewGuid().ToString("n"));

    private TestDatabase? _database;

    public TestDatabase Database => _database ??= TestDatabase.Create(provider, Folder, "jobs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseSetting("ChangeTracker:Source", source);
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
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
        _database?.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
