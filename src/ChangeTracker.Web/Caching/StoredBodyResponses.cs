using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace ChangeTracker.Web.Caching;

/// <summary>
/// Answers GETs of <see cref="StoredBodyAttribute"/> routes from <see cref="StoredBodies"/>: the first request for a URL
/// in a data version renders it (its body captured, compressed once), every later one is sent the stored bytes in the
/// content coding response compression would have chosen (so the strong ETag of <see cref="ConditionalRequests"/> holds).
/// Runs after <see cref="ConditionalRequests"/>, which knows the data version and answers 304s first.
/// </summary>
public sealed class StoredBodyResponses(RequestDelegate next, StoredBodies bodies, IResponseCompressionProvider compression)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StoredBodyAttribute>() is null
            || !HttpMethods.IsGet(context.Request.Method)
            || ConditionalRequests.ValidatorTag(context) is not { } tag)
        {
            await next(context);
            return;
        }

        var key = $"{tag} {context.Request.Path}{context.Request.QueryString}";
        var (body, rendered) = await bodies.GetOrRenderAsync(key, () => RenderAsync(context));
        if (body is not null) await SendAsync(context, body);
        else if (!rendered) await next(context);
    }

    /// <summary>Runs the endpoint into a buffer: a 200 becomes a stored body (sent by the caller), anything else is sent as it is.</summary>
    private async Task<StoredBody?> RenderAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK && string.IsNullOrEmpty(context.Response.Headers.ContentEncoding))
        {
            var contentType = context.Response.ContentType;
            var compressible = contentType is not null && CachingSetup.CompressedTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));
            var headers = context.Response.Headers;
            return StoredBody.Of(contentType, headers.ContentDisposition, headers.Link, buffer.ToArray(), compressible);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return null;
    }

    private async Task SendAsync(HttpContext context, StoredBody body)
    {
        var coding = compression.CheckRequestAcceptsCompression(context) ? compression.GetCompressionProvider(context)?.EncodingName : null;
        var bytes = coding is null ? null : body.In(coding);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = body.ContentType;
        if (body.ContentDisposition is { Length: > 0 } disposition) response.Headers.ContentDisposition = disposition;
        if (body.Link is { Length: > 0 } link) response.Headers.Link = link;
        if (bytes is not null) response.Headers.ContentEncoding = coding;
        else bytes = body.Identity;
        response.ContentLength = bytes.Length;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
