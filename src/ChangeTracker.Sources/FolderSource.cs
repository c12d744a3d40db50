using System.Text;
using ChangeTracker.Domain.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChangeTracker.Sources;

/// <summary>
/// Pages from a local folder laid out by URL path (<see cref="FolderLayout"/>): the offline copy of go.dev or a folder
/// written by <see cref="FolderMirrorWriter"/>. Answers conditional fetches like a web server would: the ETag is made of
/// the file's size and last write time, Last-Modified is the last write time (whole seconds).
/// </summary>
public sealed class FolderSource : IReleaseSource
{
    private readonly string _publicBase;
    private readonly ILogger<FolderSource> _logger;
    private readonly long _maxBodyBytes;

    /// <param name="folder">The folder; a relative path is resolved against the current directory.</param>
    /// <param name="publicBaseUrl">Base of the URLs pages are cited by; default https://go.dev.</param>
    /// <param name="logger">Optional logger.</param>
    /// <param name="maxBodyBytes">The largest file read; a bigger one fails without being read. Default 16 MiB.</param>
    public FolderSource(string folder, string? publicBaseUrl = null, ILogger<FolderSource>? logger = null, long maxBodyBytes = SourceOptions.DefaultMaxBodyBytes)
    {
        _maxBodyBytes = maxBodyBytes;
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Location = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _publicBase = SourceUrl.Normalize(publicBaseUrl ?? SourceOptions.DefaultLocation, "public base URL");
        _logger = logger ?? NullLogger<FolderSource>.Instance;
    }

    /// <summary>The full path of the folder.</summary>
    public string Location { get; }

    public Uri PublicUrl(SourcePath path) => SourceUrl.Combine(_publicBase, path);

    public async Task<SourceResponse> FetchAsync(SourcePath path, SourceValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();

        if (!Directory.Exists(Location))
            return Fail(path, $"source folder '{Location}' does not exist");

        string file;
        try
        {
            file = FolderLayout.FullPath(Location, path);
        }
        catch (ArgumentException ex)
        {
            return Fail(path, ex.Message);
        }

        var info = new FileInfo(file);
        if (!info.Exists)
            return SourceResponse.NotFound(path, $"page {path} not found: file '{FolderLayout.RelativePath(path)}' does not exist in source folder '{Location}'");

        if (info.Length > _maxBodyBytes)
            return Fail(path, $"page {path} is larger than the {SourceLimitException.Size(_maxBodyBytes)} limit: '{file}' has {SourceLimitException.Size(info.Length)} (ChangeTracker:Source:MaxBodyBytes)");

        var lastModified = WholeSeconds(new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
        var etag = $"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
        if (IsNotModified(validators, etag, lastModified))
            return SourceResponse.NotModified(path);

        try
        {
            SourcesLog.ReadingFile(_logger, path.Value, file);
            var body = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            return SourceResponse.Ok(path, body, etag, lastModified);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"reading page {path} from '{file}' failed: {ex.Message}");
        }
    }

    private static bool IsNotModified(SourceValidators? validators, string etag, DateTimeOffset lastModified)
    {
        if (validators is null) return false;
        if (!string.IsNullOrEmpty(validators.ETag)) return string.Equals(validators.ETag, etag, StringComparison.Ordinal);
        return validators.LastModified is { } since && lastModified <= WholeSeconds(since);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private SourceResponse Fail(SourcePath path, string error)
    {
        SourcesLog.FileFailed(_logger, path.Value, Location, error);
        return SourceResponse.Failed(path, error);
    }
}
