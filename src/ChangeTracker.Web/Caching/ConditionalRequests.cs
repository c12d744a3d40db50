using System.Reflection;
using ChangeTracker.Application.Versioning;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace ChangeTracker.Web.Caching;

/// <summary>
/// Answers GET and HEAD of routes marked <see cref="CachedAttribute"/> with a strong ETag, Last-Modified and
/// Cache-Control, and with 304 Not Modified when If-None-Match (or, without it, If-Modified-Since) shows the client
/// already holds this version. The tag is the data version (or the runs' state, or the build), the build, and the
/// content coding the response will be sent in, so each representation has its own strong tag.
/// </summary>
public sealed class ConditionalRequests(RequestDelegate next, DataVersionQuery versions, IResponseCompressionProvider compression)
{
    private static readonly string Build =
        typeof(ConditionalRequests).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private static readonly DateTimeOffset BuiltAt =
        File.GetLastWriteTimeUtc(typeof(ConditionalRequests).Assembly.Location) is var t && t.Year > 2000 ? new DateTimeOffset(t, TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

    private const string TagItem = "ChangeTracker.ValidatorTag";

    /// <summary>The validator this request was tagged with (the data version, the runs' state or the build); null when none.</summary>
    public static string? ValidatorTag(HttpContext context) => context.Items.TryGetValue(TagItem, out var tag) ? tag as string : null;

    public async Task InvokeAsync(HttpContext context)
    {
        var cached = context.GetEndpoint()?.Metadata.GetMetadata<CachedAttribute>();
        if (cached is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        var (tag, changedAt) = await ValidatorAsync(cached.Kind, context.RequestAborted);
        if (tag is not null) context.Items[TagItem] = tag;
        var etag = tag is null ? null : new EntityTagHeaderValue($"\"{tag}-{Build}{CodingSuffix(context)}\"");
        var lastModified = changedAt is { } at ? TruncateToSeconds(at) : (DateTimeOffset?)null;

        if (etag is not null && IsNotModified(context.Request, etag, lastModified))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            WriteHeaders(context.Response, cached, etag, lastModified);
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK) WriteHeaders(context.Response, cached, etag, lastModified);
            else if (context.Response.StatusCode >= 400) context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(context);
    }

    private async Task<(string? Tag, DateTimeOffset? ChangedAt)> ValidatorAsync(CacheKind kind, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case CacheKind.Live:
                return (null, null);
            case CacheKind.Build:
                return ("build", BuiltAt);
            case CacheKind.Runs:
                var runs = await versions.RunsAsync(cancellationToken);
                return ("r" + runs.Tag, runs.ChangedAt);
            default:
                var data = await versions.CurrentAsync(cancellationToken);
                return ("d" + data.Tag, data.ChangedAt);
        }
    }

    /// <summary>The content coding response compression will choose for this request, as a tag suffix ("" for none).</summary>
    private string CodingSuffix(HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context) && compression.GetCompressionProvider(context) is { } provider
            ? "-" + provider.EncodingName
            : "";

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                   && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        return lastModified is { } modified
               && request.GetTypedHeaders().IfModifiedSince is { } since
               && modified <= since;
    }

    private static void WriteHeaders(HttpResponse response, CachedAttribute cached, EntityTagHeaderValue? etag, DateTimeOffset? lastModified)
    {
        var headers = response.GetTypedHeaders();
        response.Headers.CacheControl = cached.CacheControl;
        if (etag is not null) headers.ETag = etag;
        if (lastModified is not null) headers.LastModified = lastModified;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
