using ChangeTracker.Application.Ingestion;
using ChangeTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Web.Tests.Support;

/// <summary>
/// The web app after two ingestions of a copy of ../shared/go-site, the second after <see cref="NotesEdit"/> changed
/// the go1.13 page: the history then holds the first run's baseline and the second run's five changes.
/// </summary>
public sealed class EditedSiteWebApp : ChangeTrackerWebApp, IAsyncLifetime
{
    private SiteCopy? _site;

    public IngestionReport? First { get; private set; }

    public IngestionReport? Second { get; private set; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        _site = new SiteCopy();
        var ingestion = Services.GetRequiredService<IngestionUseCase>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        First = await ingestion.RunAsync(new IngestionRequest(_site.Path, Trigger: "test"), null, timeout.Token);
        NotesEdit.Apply(_site);
        Second = await ingestion.RunAsync(new IngestionRequest(_site.Path, Trigger: "test"), null, timeout.Token);
        if (!First.Succeeded || !Second.Succeeded) throw new InvalidOperationException($"ingesting the site copy failed: {First.Summary} / {Second.Summary}");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _site?.Dispose();
    }
}
