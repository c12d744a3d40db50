using ChangeTracker.Application.Ingestion;
using ChangeTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Support;

/// <summary>The web app on real Kestrel at 127.0.0.1 (a free port) after one ingestion of ../shared/go-site.</summary>
public sealed class KestrelIngestedWebApp : ChangeTrackerWebApp, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        UseKestrel(0);
        StartServer();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var report = await Services.GetRequiredService<IngestionUseCase>()
            .RunAsync(new IngestionRequest(GoSite.Require(), Trigger: "test"), null, timeout.Token);
        if (!report.Succeeded) throw new InvalidOperationException($"ingesting the offline go.dev copy failed: {report.Summary}");
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
