using System.Net;
using ChangeTracker.Testing;

namespace ChangeTracker.Web.Tests.Health;

/// <summary>
/// The web app over a data folder that cannot be written (database, Hangfire's file, the folder itself): it starts,
/// serves every read, runs no jobs, and its health says degraded naming the file.
/// </summary>
public sealed class ReadOnlyStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "changetracker-web-readonly", Guid.NewGuid().ToString("n"));

    [GoSiteFact]
    public async Task On_a_read_only_data_folder_the_app_serves_reads_runs_no_jobs_and_health_says_why()
    {
        var dll = Path.Combine(GoSite.RepositoryRoot, "src", "ChangeTracker.Web", "bin", WebAppProcess.BuildConfiguration, "net10.0", "ChangeTracker.Web.dll");
        await using (var first = WebAppProcess.Start(["dotnet", dll], GoSite.RepositoryRoot, _folder))
            await first.WaitForOverviewAsync();
        var database = Path.Combine(_folder, "c.db");

        using var readOnly = new ReadOnlyFiles([.. Directory.GetFiles(_folder), _folder]);
        await using var app = WebAppProcess.Start(["dotnet", dll], GoSite.RepositoryRoot, _folder, "--ChangeTracker:IngestOnStartup=true");
        await app.WaitForOverviewAsync();

        foreach (var path in new[] { "/", "/runs", "/platforms", "/sizes", "/search?q=tls", "/api/versions", "/api/runs", "/feed.atom" })
            Assert.True((await app.Http.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{path} did not answer 200 on a read-only database:\n{string.Join("\n", app.Output)}");
        var live = await app.Http.GetStringAsync("/healthz");
        Assert.Contains("\"status\": \"degraded\"", live);
        Assert.Contains($"the database {database} is read-only", live);
        Assert.Contains("jobs are off", live);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync("/hangfire")).StatusCode);
        Assert.DoesNotContain(app.Output, l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
