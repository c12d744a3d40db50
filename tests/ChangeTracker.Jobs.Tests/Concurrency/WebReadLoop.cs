using System.Text.RegularExpressions;

namespace ChangeTracker.Jobs.Tests.Concurrency;

/// <summary>
/// Reads the API and the pages in a loop until stopped, as a user refreshing the dashboard during an ingestion would,
/// keeping every answer that is a 5xx or names a lock or an exception.
/// </summary>
public sealed partial class WebReadLoop(HttpClient client)
{
    private static readonly string[] Paths =
    [
        "/api/versions", "/api/facts?limit=50", "/api/facts?kind=removal", "/api/search?q=TLS", "/api/runs", "/api/diff?from=1.11&to=1.13",
        "/api/platforms", "/api/sizes", "/feed.atom", "/", "/releases/1.12", "/diff?from=1.11&to=1.13", "/runs", "/search?q=macOS", "/platforms", "/readyz",
    ];

    public int Requests { get; private set; }

    public List<string> Problems { get; } = [];

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var path = Paths[Requests % Paths.Length];
            Requests++;
            try
            {
                using var response = await client.GetAsync(path, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                var lockOrLeak = LockOrLeak().Match(body);
                // /readyz may honestly answer 503 while no ingestion has finished yet; anything else 5xx is a failure.
                var allowed503 = path == "/readyz" && (int)response.StatusCode == 503 && !lockOrLeak.Success;
                if ((int)response.StatusCode >= 500 && !allowed503 || lockOrLeak.Success)
                    Problems.Add($"GET {path}: {(int)response.StatusCode} {(lockOrLeak.Success ? $"('{lockOrLeak.Value}') " : "")}{body[..Math.Min(300, body.Length)]}");
            }
            catch (HttpRequestException e)
            {
                Problems.Add($"GET {path}: connection failed ({e.Message})");
            }
        }
    }

    [GeneratedRegex(@"database is locked|SQLITE_BUSY|SQLite Error|\w+Exception\b|\bat [A-Z][\w.]+\.\w+\(", RegexOptions.IgnoreCase)]
    public static partial Regex LockOrLeak();
}
