using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Ingestion;

/// <summary>One cold ingest of ../shared/go-site, then a second one over the unchanged copy, shared by the tests of a class.</summary>
public sealed class GoSiteIngestionFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public IngestionReport First { get; private set; } = null!;
    public IngestionReport Second { get; private set; } = null!;
    public Dictionary<string, (long Rows, string Digest)> AfterFirst { get; private set; } = null!;
    public Dictionary<string, (long Rows, string Digest)> AfterSecond { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        App = await TestApp.StartAsync();
        var useCase = App.Get<IngestionUseCase>();
        First = await useCase.RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        await using (var db = await App.DbAsync()) AfterFirst = await DatabaseSnapshot.TakeAsync(db);
        Second = await useCase.RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        await using (var db = await App.DbAsync()) AfterSecond = await DatabaseSnapshot.TakeAsync(db);
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
    }
}
