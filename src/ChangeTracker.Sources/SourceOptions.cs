namespace ChangeTracker.Sources;

/// <summary>Where pages come from and how the HTTP source behaves. Bound by <see cref="SourcesServiceCollectionExtensions.AddReleaseSources"/>.</summary>
public sealed class SourceOptions
{
    public const string DefaultLocation = "https://go.dev";
    public const string DefaultUserAgent = "ChangeTracker/1.0 (+https://github.com/changetracker; release-notes tracker)";

    /// <summary>The default source: an http(s) base address or a folder laid out by URL path. Default https://go.dev.</summary>
    public string Location { get; set; } = DefaultLocation;

    /// <summary>Time allowed for one HTTP attempt, body included. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for a whole fetch, retries and their delays included. Default 2 min.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt on transient failures (5xx, 408, 429, time-outs, connection errors). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Median delay before the first retry; later ones grow exponentially, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests one HTTP source has in flight at most. Default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>The User-Agent header sent with every request.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>The largest response body (or file) read, in bytes; a bigger one fails without being held in memory. Default 16 MiB.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>Redirects followed for one request; one more is reported as a redirect loop or too many redirects. Default 10.</summary>
    public int MaxRedirects { get; set; } = 10;

    public const long DefaultMaxBodyBytes = 16L * 1024 * 1024;

    /// <summary>Base of the public URL a page is cited by when it is read from a folder. Default https://go.dev.</summary>
    public string PublicBaseUrl { get; set; } = DefaultLocation;
}
