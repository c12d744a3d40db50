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
            // Room for a loaded CI machine: an attempt that merely runs slow must not be mistaken for the hang, or a
            // truncated body for a time-out (two retries are what the fail-twice page needs).
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
            o.MaxRetries = 2;
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

    /// <summary>
    /// The standing fault suite: every fault class on its own page, after a healthy ingest. Healthy pages stay as they
    /// were, each failed page is recorded with a reason that names its fault, and nothing stored is lost. (Memory under
    /// an oversized body is measured where nothing else runs beside it: SourceLimitsTests.)
    /// </summary>
    [GoSiteFact]
    public async Task Every_fault_class_fails_its_page_with_a_named_reason_and_loses_nothing_stored()
    {
        await using var app = await TestApp.StartAsync(o =>
        {
            // Room for a loaded CI machine: a truncated body that is slow to arrive on its retry must still fail as
            // truncated, not as timed out (once, the second attempt of the truncating page ran past a 2 s limit).
            o.AttemptTimeout = TimeSpan.FromSeconds(4);
            o.TotalTimeout = TimeSpan.FromSeconds(12);
            o.MaxRetries = 1;
            o.MaxBodyBytes = 8L * 1024 * 1024;
        });
        var healthy = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(GoSite.Require()), null, CancellationToken.None);
        Assert.True(healthy.Succeeded, healthy.Summary);
        var before = await FactCountsAsync(app);

        var faults = new Dictionary<string, (Fault Fault, string Reason)>
        {
            ["/doc/go1.10"] = (Fault.Status500, "HTTP 500"),
            ["/doc/go1.11"] = (Fault.Hang, "timed out"),
            ["/doc/go1.12"] = (Fault.SlowDrip, "timed out"),
            ["/doc/go1.13"] = (Fault.Truncate, "truncated"),
            ["/doc/go1.14"] = (Fault.Garbage, "not HTML"),
            ["/doc/go1.15"] = (Fault.Empty, "body is empty"),
            ["/doc/go1.16"] = (Fault.Oversized, "larger than the 8 MiB limit"),
            ["/doc/go1.17"] = (Fault.DeepNesting, "more than 256 deep"),
            ["/doc/go1.18"] = (Fault.RedirectLoop, "redirect loop"),
        };
        await using var server = await FaultySiteServer.StartAsync(GoSite.Require(), faults.ToDictionary(f => f.Key, f => f.Value.Fault));

        var report = await app.Get<IngestionUseCase>().RunAsync(new IngestionRequest(server.BaseAddress), null, CancellationToken.None);

        var failed = report.Pages.Where(p => p.Outcome == PageOutcome.Failed).ToDictionary(p => p.Page, p => p.Message ?? "");
        Assert.Equal(faults.Keys.Order(), failed.Keys.Order());
        Assert.All(faults, f => Assert.True(failed[f.Key].Contains(f.Value.Reason, StringComparison.OrdinalIgnoreCase),
            $"{f.Key} ({f.Value.Fault}) failed with \"{failed[f.Key]}\", which does not say \"{f.Value.Reason}\""));
        Assert.Equal(30 - faults.Count, report.Pages.Count(p => p.Outcome == PageOutcome.Unchanged));
        Assert.Equal(before, await FactCountsAsync(app));
    }

    private static async Task<Dictionary<string, int>> FactCountsAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        return await db.Facts.GroupBy(f => f.PageVersion).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }
}
