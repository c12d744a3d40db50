using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Checks;

/// <summary>One ingest of ../shared/go-site into a fresh SQLite file, shared by the check tests of a class.</summary>
public sealed class GoSiteCheckFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        App = await TestApp.StartAsync();
        var report = await App.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        if (!report.Succeeded) throw new InvalidOperationException($"ingesting the offline go.dev copy failed: {report.Summary}");
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
    }
}
