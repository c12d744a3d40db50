using Microsoft.Extensions.Logging;

namespace ChangeTracker.Sources;

/// <summary>Log messages of the sources (source-generated, structured).</summary>
internal static partial class SourcesLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Fetching {Url} (If-None-Match {ETag}, If-Modified-Since {LastModified})")]
    public static partial void Fetching(ILogger logger, Uri url, string? etag, DateTimeOffset? lastModified);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fetched {Url}: {Outcome} (HTTP {StatusCode}, {Chars} chars, {Attempts} attempts, {ElapsedMs} ms)")]
    public static partial void Fetched(ILogger logger, Uri url, string outcome, int statusCode, int chars, int attempts, long elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Fetching {Url} failed after {Attempts} attempts in {ElapsedMs} ms: {Error}")]
    public static partial void FetchFailed(ILogger logger, Uri url, int attempts, long elapsedMs, string error);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Retrying {Url} in {DelayMs} ms (retry {Retry}) after {Reason}")]
    public static partial void Retrying(ILogger logger, Uri? url, long delayMs, int retry, string reason);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "Reading {Path} from {File}")]
    public static partial void ReadingFile(ILogger logger, string path, string file);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Reading {Path} from folder {Folder} failed: {Error}")]
    public static partial void FileFailed(ILogger logger, string path, string folder, string error);

    [LoggerMessage(EventId = 1120, Level = LogLevel.Debug, Message = "Mirrored {Path} to {File} ({Chars} chars)")]
    public static partial void Mirrored(ILogger logger, string path, string file, int chars);
}
