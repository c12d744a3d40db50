using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Tests.Support;
using ChangeTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Tests.Ingestion;

public sealed class HttpFaultTests
{
    [GoSiteFact]
    public async Task Pages_that_fail_over_http_are_recorded_and_the_rest_are_ingested()
    {
        await using var server = await FaultySiteServer.StartAsync(GoSite.Require(), new Dictionary<string, Fault>
        {
            ["/doc/go1.13"] = Fault.Status500,
            ["/doc/go1.14"] = Fault.Hang,
            ["/doc/go1.15"] = Fault.Truncate,
            ["/doc/go1.16"] = Fault.FailTwiceThenServe,
        });
        await using var app = await TestApp.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(800);
            o.TotalTimeout = TimeSpan.FromSeconds(6);
            o.MaxRetries = 3;
        });

        var report = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(server.BaseAddress), null, CancellationToken.None);

        var failed = report.Pages.Where(p => p.Outcome == PageOutcome.Failed).ToDictionary(p => p.Page, p => p.Message ?? "");
        Assert.Equal(["/doc/go1.13", "/doc/go1.14", "/doc/go1.15"], failed.Keys.Order());
        Assert.Contains("500", failed["/doc/go1.13"]);
        Assert.Contains("time", failed["/doc/go1.14"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("truncated", failed["/doc/go1.15"], StringComparison.OrdinalIgnoreCase);
        Assert.True(server.Hits("/doc/go1.13") > 1, "a 500 is retried");
        Assert.Equal(3, server.Hits("/doc/go1.16"));
        Assert.Equal(PageOutcome.Ingested, report.Pages.Single(p => p.Page == "/doc/go1.16").Outcome);
        Assert.Equal(27, report.Count(PageOutcome.Ingested));

        await using var db = await app.DbAsync();
        Assert.Equal(25, await db.Releases.CountAsync(r => r.ContentHash != null));
    }
}
