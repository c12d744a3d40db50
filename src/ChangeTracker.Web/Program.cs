using ChangeTracker.Application.Hosting;
using ChangeTracker.Jobs;
using ChangeTracker.Web.Api;
using ChangeTracker.Web.Hosting;

var builder = WebApplication.CreateBuilder(WebAppOptions.From(args));
builder.WebHost.UseChangeTrackerDefaults(builder.Configuration);
builder.Logging.AddChangeTrackerLogFilters();

builder.Services.AddChangeTrackerCore();
builder.Services.AddChangeTrackerJobs(JobsStatus.From(builder.Configuration));
builder.Services.AddChangeTrackerWeb();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseChangeTrackerPipeline();
app.MapChangeTrackerApi();
app.MapRazorPages();
app.MapFeeds();
app.MapChangeTrackerHangfireDashboard();
app.UseChangeTrackerJobs();

app.Run();

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
