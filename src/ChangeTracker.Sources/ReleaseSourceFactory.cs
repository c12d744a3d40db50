using System.Collections.Concurrent;
using ChangeTracker.Domain.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Sources;

/// <summary>
/// Turns a location the user named into a source: an http(s) URL gives an <see cref="HttpSource"/>, anything else a
/// <see cref="FolderSource"/> (a relative folder is resolved against the current directory; file:// URLs are folders too).
/// HTTP sources are shared per base address, so their concurrency bound holds for the whole process.
/// </summary>
public sealed class ReleaseSourceFactory
{
    private readonly IHttpClientFactory _clients;
    private readonly ILoggerFactory _loggers;
    private readonly ConcurrentDictionary<string, HttpSource> _httpSources = new(StringComparer.OrdinalIgnoreCase);

    public ReleaseSourceFactory(IHttpClientFactory clients, IOptions<SourceOptions> options, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        Options = options.Value;
        _loggers = loggers ?? NullLoggerFactory.Instance;
    }

    /// <summary>The options sources are made with.</summary>
    public SourceOptions Options { get; }

    /// <summary>The source at <see cref="SourceOptions.Location"/> (https://go.dev unless configured).</summary>
    public IReleaseSource CreateDefault() => Create(Options.Location);

    /// <summary>A source for <paramref name="location"/>: http(s) URL → <see cref="HttpSource"/>, otherwise <see cref="FolderSource"/>.</summary>
    /// <exception cref="ArgumentException">The location is empty.</exception>
    public IReleaseSource Create(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        location = location.Trim();
        if (IsHttpLocation(location))
        {
            var key = SourceUrl.Normalize(location, "source base address");
            return _httpSources.GetOrAdd(key, k => new HttpSource(_clients, k, Options, _loggers.CreateLogger<HttpSource>()));
        }

        var folder = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : location;
        return new FolderSource(Path.GetFullPath(folder), Options.PublicBaseUrl, _loggers.CreateLogger<FolderSource>(), Options.MaxBodyBytes);
    }

    /// <summary>True when <paramref name="location"/> is an absolute http:// or https:// URL.</summary>
    public static bool IsHttpLocation(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
