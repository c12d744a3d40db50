using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.History;

/// <summary>
/// The history of the data across two ingestions of a real copy of the site, the second after an edit of the go1.13
/// page made at test time (<see cref="NotesEdit"/>): exactly what the edit did is recorded, under the second run.
/// </summary>
public sealed class FactHistoryTests
{
    [GoSiteFact]
    public async Task An_edited_page_records_what_it_added_changed_and_withdrew_and_nothing_else()
    {
        using var site = new SiteCopy();
        await using var app = await TestApp.StartAsync();
        var ingestion = app.Get<IngestionUseCase>();
        var history = app.Get<HistoryQuery>();
        var first = await ingestion.RunAsync(new IngestionRequest(site.Path, Trigger: "test"), null, CancellationToken.None);
        Assert.True(first.Succeeded, first.Summary);
        await using (var db = await app.DbAsync())
            Assert.Equal(await db.Facts.CountAsync(), await db.FactChanges.CountAsync(c => c.RunId == first.RunId && c.Change == "added"));

        NotesEdit.Apply(site);
        var second = await ingestion.RunAsync(new IngestionRequest(site.Path, Trigger: "test"), null, CancellationToken.None);
        Assert.True(second.Succeeded, second.Summary);

        var changes = await history.ForRunAsync(second.RunId, CancellationToken.None);
        Assert.NotNull(changes);
        Assert.All(changes, c => Assert.Equal(NotesEdit.Version, c.Page));
        Assert.Equal([NotesEdit.AddedRemovalId], changes.Where(c => c.Change == "added").Select(c => c.FactId));
        Assert.Equal(NotesEdit.WithdrawnPortIds, changes.Where(c => c.Change == "withdrawn").Select(c => c.FactId).Order());
        var changed = Assert.Single(changes, c => c.Change == "changed");
        Assert.Equal(NotesEdit.ChangedOsId, changed.FactId);
        Assert.Contains(NotesEdit.ChangedText, changed.Summary);
        Assert.DoesNotContain(NotesEdit.ChangedText, changed.PreviousSummary);
        Assert.Equal(5, changes.Count);

        var page = await history.SinceFirstSeenAsync(GoVersion.Parse(NotesEdit.Version), CancellationToken.None);
        Assert.NotNull(page.FirstSeen);
        Assert.Equal(changes.Select(c => c.Id).Order(), page.Changes.Select(c => c.Id).Order());
        var untouched = await history.SinceFirstSeenAsync(GoVersion.Parse("1.12"), CancellationToken.None);
        Assert.NotNull(untouched.FirstSeen);
        Assert.Empty(untouched.Changes);

        var third = await ingestion.RunAsync(new IngestionRequest(site.Path, Force: true, Trigger: "test"), null, CancellationToken.None);
        Assert.True(third.Succeeded, third.Summary);
        Assert.Empty((await history.ForRunAsync(third.RunId, CancellationToken.None))!);
        Assert.Null(await history.ForRunAsync(third.RunId + 1000, CancellationToken.None));
    }
}
