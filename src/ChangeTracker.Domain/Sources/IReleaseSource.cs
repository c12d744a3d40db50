namespace ChangeTracker.Domain.Sources;

/// <summary>
/// Where pages come from: an HTTP base address (https://go.dev) or a local folder laid out by URL path.
/// Everything downstream of a source is the same whichever kind it is.
/// </summary>
public interface IReleaseSource
{
    /// <summary>What the user named: the base URL or the folder path.</summary>
    string Location { get; }

    /// <summary>The public URL a page is cited by (https://go.dev/doc/go1.12), whatever the source kind.</summary>
    Uri PublicUrl(SourcePath path);

    /// <summary>
    /// Fetches one page. Never throws for an expected failure (404, 500, time-out, missing file):
    /// those come back as a <see cref="SourceResponse"/> with <see cref="SourceOutcome.Failed"/> or
    /// <see cref="SourceOutcome.NotFound"/> and a message naming the page and the reason.
    /// </summary>
    Task<SourceResponse> FetchAsync(SourcePath path, SourceValidators? validators, CancellationToken cancellationToken);
}

/// <summary>A page of the Go site by its URL path and query: /doc/go1.12, /dl/?mode=json&amp;include=all.</summary>
public sealed record SourcePath(string Value)
{
    public static SourcePath ReleaseNotes(string tag) => new($"/doc/{tag}");
    public static readonly SourcePath ReleaseHistory = new("/doc/devel/release");
    public static readonly SourcePath DownloadsJson = new("/dl/?mode=json&include=all");
    public static readonly SourcePath DownloadsHtml = new("/dl/");

    public override string ToString() => Value;
}

/// <summary>What a previous fetch of the same page returned, for conditional requests.</summary>
public sealed record SourceValidators(string? ETag, DateTimeOffset? LastModified);

public enum SourceOutcome
{
    Ok,
    NotModified,
    NotFound,
    Failed,
}

public sealed record SourceResponse(
    SourcePath Path,
    SourceOutcome Outcome,
    string? Body,
    string? ETag,
    DateTimeOffset? LastModified,
    string? Error)
{
    public static SourceResponse Ok(SourcePath path, string body, string? etag = null, DateTimeOffset? lastModified = null) =>
        new(path, SourceOutcome.Ok, body, etag, lastModified, null);

    public static SourceResponse NotModified(SourcePath path) => new(path, SourceOutcome.NotModified, null, null, null, null);

    public static SourceResponse NotFound(SourcePath path, string error) => new(path, SourceOutcome.NotFound, null, null, null, error);

    public static SourceResponse Failed(SourcePath path, string error) => new(path, SourceOutcome.Failed, null, null, null, error);
}
