using ChangeTracker.Application.Ingestion;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Support;

/// <summary>One ingest of ../shared/go-site, shared by the tests of a class that only read.</summary>
public sealed class IngestedGoSite : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        App = await TestApp.StartAsync();
        var report = await App.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        if (!report.Succeeded) throw new InvalidOperationException("the go-site ingest failed: " + report.Summary);
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
    }
}
