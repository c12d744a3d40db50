using ChangeTracker.Application.Ingestion;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Support;

/// <summary>The web app after one ingestion of ../shared/go-site (about ten seconds), shared by the API test classes.</summary>
public class IngestedWebApp : ChangeTrackerWebApp, IAsyncLifetime
{
    public IngestionReport? Report { get; private set; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (GoSite.SkipReason is not null || Provider == DatabaseProvider.PostgreSql && TestPostgres.SkipReason is not null) return;
        var ingestion = Services.GetRequiredService<IngestionUseCase>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        Report = await ingestion.RunAsync(new IngestionRequest(GoSite.Require(), Trigger: "test"), null, timeout.Token);
        if (!Report.Succeeded) throw new InvalidOperationException($"ingesting the offline go.dev copy failed: {Report.Summary}");
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>Every API test class shares one ingested app: ingestion is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class IngestedAppCollection : ICollectionFixture<IngestedWebApp>
{
    public const string Name = "ingested web app";
}

/// <summary>The same ingested app with its data and jobs in a PostgreSQL database of its own.</summary>
public sealed class IngestedPostgreSqlWebApp : IngestedWebApp
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>The API test classes' PostgreSQL twins share one ingested app on PostgreSQL.</summary>
[CollectionDefinition(Name)]
public sealed class IngestedPostgreSqlAppCollection : ICollectionFixture<IngestedPostgreSqlWebApp>
{
    public const string Name = "ingested web app on PostgreSQL";
}
