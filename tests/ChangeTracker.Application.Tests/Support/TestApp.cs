using ChangeTracker.Application.Hosting;
using ChangeTracker.Sources;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Application.Tests.Support;

/// <summary>The application's real services over a fresh SQLite file in a temp folder (or a PostgreSQL database of its own).</summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(string folder, ServiceProvider services, TestDatabase database)
    {
        Folder = folder;
        Services = services;
        _database = database;
    }

    private readonly TestDatabase _database;

    public string Folder { get; }
    public ServiceProvider Services { get; }
    public string DatabasePath => Path.Combine(Folder, "changetracker.db");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the services as a host does (migrations, fact refresh, seed), over a new folder or <paramref name="folder"/>.</summary>
    public static async Task<TestApp> StartAsync(Action<SourceOptions>? sourceOptions = null, string? folder = null, DatabaseProvider database = DatabaseProvider.Sqlite,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"));
        var store = TestDatabase.Create(database, folder, "app");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(store.Settings).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddChangeTrackerCore();
        services.Configure<SourceOptions>(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            o.BaseDelay = TimeSpan.FromMilliseconds(20);
            sourceOptions?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseStartup>().PrepareAsync(CancellationToken.None);
        return new TestApp(folder, provider, store);
    }

    public async Task<ChangeTrackerDbContext> DbAsync() =>
        await Get<IDbContextFactory<ChangeTrackerDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _database.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
