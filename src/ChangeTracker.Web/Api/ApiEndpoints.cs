using ChangeTracker.Diffs.Json;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using ChangeTracker.Application.Reports;
using ChangeTracker.Web.Api.OpenApi;
using ChangeTracker.Web.Caching;
using ChangeTracker.Web.Feeds;

namespace ChangeTracker.Web.Api;

/// <summary>The JSON API under /api and the Atom feed: the route table; handlers live in the files beside this one.</summary>
public static class ApiEndpoints
{
    public static WebApplication MapChangeTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup("/api")
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .CachedAs(CacheKind.Api);

        api.MapGet("/versions", VersionsApi.ListAsync)
            .WithStoredBody()
            .WithName("ListVersions").WithTags("Versions")
            .WithSummary("Every stored major release")
            .WithDescription("The major releases known from the release history, with notes URL, ingestion time, item, fact and revision counts.")
            .Produces<PageJson<ChangeTracker.Application.Queries.VersionRow>>()
            .ProducesValidationProblem()
            .WithParameters(Parameters.Paged(VersionsApi.Limits));

        api.MapGet("/versions/{v}", VersionsApi.GetAsync)
            .WithName("GetVersion").WithTags("Versions")
            .WithSummary("One major release with its facts, announcements, revisions and downloads")
            .WithDescription("Accepts go1.12, 1.12 or 1.12.5 (the line 1.12 is returned). 400 when {v} is not a Go version, 404 when it is not stored.")
            .Produces<ReleaseJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithParameters(Parameters.Version("v", required: true));

        api.MapGet("/facts", FactsApi.ListAsync)
            .WithStoredBody()
            .WithName("ListFacts").WithTags("Facts")
            .WithSummary("Normalized facts, filtered")
            .WithDescription("A page of the facts JSON contract of DESIGN.md (items). Every filter is optional: kind, version (exact line), from/to (inclusive range of lines), component, os (also matches ports of that GOOS), port. A value no stored fact has is a 400 naming the valid ones.")
            .Produces<PageJson<FactDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithParameters([Parameters.FactKind(), Parameters.Version("version", example: "1.13"), Parameters.Version("from", example: "1.11"),
                Parameters.Version("to", example: "1.13"), Parameters.Text("component", 100, false, "crypto/tls"), Parameters.Text("os", 100, false, "macOS"),
                Parameters.Port(), .. Parameters.Paged(FactsApi.Limits)]);

        api.MapGet("/diff", DiffApi.GetAsync)
            .WithStoredBody()
            .WithName("GetDiff").WithTags("Diffs")
            .WithSummary("What changed between two versions")
            .WithDescription("The diff JSON contract of DESIGN.md; format=md|csv|html (or json with download=true) returns the CLI's report as an attachment; bom=true starts a CSV with the UTF-8 byte order mark spreadsheet programs need.")
            .Produces<DiffJson>()
            .WithReportFormats()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithParameters(Parameters.Version("from", required: true, example: "1.11"), Parameters.Version("to", required: true, example: "1.13"),
                Parameters.Enum("format", ReportExporter.Renderers.Formats, "md", "json"), Parameters.Flag("download"), Parameters.Flag("breaking"),
                Parameters.Text("targets", 500, false, "linux/amd64,macos-12"), Parameters.Flag("bom"));

        api.MapGet("/platforms", PlatformsApi.MatrixAsync)
            .WithName("GetPlatforms").WithTags("Platforms")
            .WithSummary("Ports × releases and the ends of OS support")
            .Produces<PlatformsJson>();

        api.MapGet("/platforms/newest-supporting", PlatformsApi.NewestSupportingAsync)
            .WithName("GetNewestSupporting").WithTags("Platforms")
            .WithSummary("The newest Go that still supports an OS version or a port")
            .WithDescription("q is an OS version (macOS 10.12, Windows 7) or a GOOS/GOARCH port (darwin/386). found is false when the notes never mention it.")
            .Produces<SupportAnswerJson>()
            .ProducesValidationProblem()
            .WithParameters(Parameters.Text("q", PlatformsApi.MaxQueryLength, true, "macOS 10.12"));

        api.MapGet("/sizes", SizesApi.ListAsync)
            .WithName("GetSizes").WithTags("Sizes")
            .WithSummary("Distribution file sizes per release for one os/arch/kind, with the trend over first releases")
            .Produces<SizesJson>()
            .ProducesValidationProblem()
            .WithParameters(Parameters.Text("os", 20, false, "linux"), Parameters.Text("arch", 20, false, "amd64"), Parameters.DistributionKind(),
                Parameters.Flag("reported"), Parameters.Flag("includeUnstable"));

        api.MapGet("/search", SearchApi.SearchAsync)
            .WithName("Search").WithTags("Search")
            .WithSummary("Full-text search over every stored notes item")
            .Produces<PageJson<SearchHitJson>>()
            .ProducesValidationProblem()
            .WithParameters([Parameters.Text("q", ChangeTracker.Application.Queries.SearchQuery.MaxQueryLength, true, "TLS 1.3"), .. Parameters.Paged(SearchApi.Limits)]);

        api.MapGet("/runs", RunsApi.ListAsync)
            .WithName("ListRuns").WithTags("Runs")
            .WithSummary("The latest ingestion runs with each page's outcome, newest first")
            .WithDescription("A run's outcome is running, finishing, succeeded, failed or abandoned: its process stopped renewing the run's heartbeat lease (lastAliveAt says when it was last heard from).")
            .CachedAs(CacheKind.Runs)
            .Produces<PageJson<ChangeTracker.Application.Queries.RunRow>>()
            .ProducesValidationProblem()
            .WithParameters([.. Parameters.Paged(RunsApi.Limits), Parameters.Integer("count", RunsApi.Limits)]);

        api.MapGet("/runs/{id:long}/changes", HistoryApi.RunChangesAsync)
            .WithName("GetRunChanges").WithTags("Runs")
            .WithSummary("The facts one ingestion run added, changed and withdrew, by page")
            .Produces<PageJson<ChangeTracker.Application.Queries.FactChangeRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithParameters(Parameters.Paged(HistoryApi.Limits));

        api.MapGet("/history", HistoryApi.ListAsync)
            .WithName("ListHistory").WithTags("Runs")
            .WithSummary("The history of the data, newest first: every fact added, changed or withdrawn by an ingestion")
            .Produces<PageJson<ChangeTracker.Application.Queries.FactChangeRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithParameters([Parameters.Version("version", example: "1.13"), .. Parameters.Paged(HistoryApi.Limits)]);

        api.MapGet("/eol/go.json", EolApi.GetAsync)
            .WithName("GetEndOfLife").WithTags("Versions")
            .WithSummary("Support dates of every release in the shape of endoflife.date's product API")
            .WithDescription("Newest first: cycle, releaseDate, eol (the day Go 1.N+2 shipped, or false while supported), latest revision and its date, lts (always false). Derived from the stored release history.")
            .Produces<IReadOnlyList<EolCycleJson>>()
            .CachedAs(CacheKind.Reference);

        api.MapPost("/check", CheckApi.PostAsync)
            .WithName("CheckModule").WithTags("Checks")
            .WithSummary("Will my module survive the upgrade? The facts between its Go version and the target that touch it")
            .WithDescription("Body: JSON {gomod, gowork?, files: {path: text}, from?, to?, targets?: [..], format?} or a multipart form (zip, or gomod and files pasted as '-- path --' text; from, to, targets, format). " +
                             "The module is read as text, never run or stored. format=md|csv|html returns the report as an attachment. 400 on bad input, 404 on an unknown version, 413 above 16 MiB.")
            .Accepts<CheckJsonBody>("application/json", "multipart/form-data")
            .Produces<ChangeTracker.Modules.Rendering.CheckJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        return app;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        app.MapGet("/feed.atom", AtomFeed.GetAsync)
            .WithName("AtomFeed").WithTags("Feeds")
            .WithSummary("Atom 1.0 feed of the history of the data: every fact an ingestion added, changed or withdrew (features as digests), newest first")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .CachedAs(CacheKind.Feed);
        return app;
    }
}
