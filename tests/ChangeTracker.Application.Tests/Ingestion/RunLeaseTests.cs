using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Storage;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Ingestion;

/// <summary>A run holds its source only while its heartbeat keeps the lease; a lapsed run is marked abandoned with when it was last alive.</summary>
public class RunLeaseTests
{
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static readonly Dictionary<string, string?> ShortLease = new() { ["ChangeTracker:Ingestion:Lease"] = "00:00:02" };

    // Long enough that a beat (every lease/4) delayed by a busy CI machine still lands inside it; CI once saw a 2 s lease lapse.
    private static readonly Dictionary<string, string?> BeatenLease = new() { ["ChangeTracker:Ingestion:Lease"] = "00:00:05" };

    [GoSiteFact]
    public async Task A_run_that_keeps_beating_holds_the_source_past_its_lease()
    {
        await using var app = await TestApp.StartAsync(database: Provider, settings: BeatenLease);
        var ingestion = app.Get<IngestionUseCase>();
        var first = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Manual, CancellationToken.None);
        await using (ingestion.KeepAlive(first.RunId))
        {
            await Task.Delay(TimeSpan.FromSeconds(6.5));
            var second = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Cli, CancellationToken.None);
            Assert.Equal(first.RunId, second.Busy?.Id);
        }
        await using var db = await app.DbAsync();
        var run = await db.IngestionRuns.SingleAsync();
        Assert.Equal(RunRecorder.Running, run.Outcome);
        Assert.True(run.HeartbeatAt > run.StartedAt, "the heartbeat was never renewed");
    }

    [GoSiteFact]
    public async Task A_run_that_stopped_beating_is_abandoned_with_its_last_alive_time_and_a_new_run_starts()
    {
        await using var app = await TestApp.StartAsync(database: Provider, settings: ShortLease);
        var ingestion = app.Get<IngestionUseCase>();
        var first = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Manual, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var second = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Cli, CancellationToken.None);

        Assert.Null(second.Busy);
        await using var db = await app.DbAsync();
        var abandoned = await db.IngestionRuns.SingleAsync(r => r.Id == first.RunId);
        Assert.Equal(RunRecorder.Abandoned, abandoned.Outcome);
        Assert.Equal($"abandoned: last alive at {abandoned.HeartbeatAt!.Value.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (no heartbeat within the 0:00:02 lease)", abandoned.Error);
        Assert.NotNull(abandoned.FinishedAt);
        Assert.Equal(RunRecorder.Running, (await db.IngestionRuns.SingleAsync(r => r.Id == second.RunId)).Outcome);
    }

    [GoSiteFact]
    public async Task A_start_marks_every_lapsed_run_abandoned_and_leaves_live_ones()
    {
        await using var app = await TestApp.StartAsync(database: Provider);
        var ingestion = app.Get<IngestionUseCase>();
        var dead = await ingestion.BeginAsync(GoSite.Require(), IngestionTriggers.Manual, CancellationToken.None);
        var live = await ingestion.BeginAsync(Path.Combine(GoSite.Require(), "doc"), IngestionTriggers.Manual, CancellationToken.None);
        await using (var db = await app.DbAsync())
        {
            var run = await db.IngestionRuns.SingleAsync(r => r.Id == dead.RunId);
            run.HeartbeatAt = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(3);
            var old = await db.IngestionRuns.SingleAsync(r => r.Id == live.RunId);
            old.StartedAt = DateTimeOffset.UtcNow - TimeSpan.FromHours(2);
            await db.SaveChangesAsync();
        }

        await app.Get<ChangeTracker.Application.Hosting.DatabaseStartup>().PrepareAsync(CancellationToken.None);

        await using var check = await app.DbAsync();
        var outcomes = await check.IngestionRuns.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync();
        Assert.Equal([RunRecorder.Abandoned, RunRecorder.Running], outcomes);
    }
}

public sealed class RunLeaseOnPostgreSqlTests : RunLeaseTests, IPostgreSqlTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
