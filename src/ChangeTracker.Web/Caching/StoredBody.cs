using System.IO.Compression;

namespace ChangeTracker.Web.Caching;

/// <summary>
/// A rendered 200 answer: its headers that describe the body (Content-Type, Content-Disposition, Link), the body, and the
/// body in each content coding.
/// </summary>
public sealed record StoredBody(string? ContentType, string? ContentDisposition, string? Link, byte[] Identity, byte[]? Brotli, byte[]? Gzip)
{
    /// <summary>Brotli at quality 9 with a 4 MiB window (once per data version, so smaller beats faster).</summary>
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    public long Size => Identity.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    public static StoredBody Of(string? contentType, string? contentDisposition, string? link, byte[] identity, bool compress) =>
        compress
            ? new StoredBody(contentType, contentDisposition, link, identity, BrotliOf(identity), GzipOf(identity))
            : new StoredBody(contentType, contentDisposition, link, identity, null, null);

    /// <summary>The body in <paramref name="coding"/> ("br", "gzip"), or null when it is not kept in that coding.</summary>
    public byte[]? In(string coding) => coding switch
    {
        "br" => Brotli,
        "gzip" => Gzip,
        _ => null,
    };

    private static byte[] BrotliOf(byte[] identity)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(identity.Length)];
        if (!BrotliEncoder.TryCompress(identity, buffer, out var written, BrotliQuality, BrotliWindow))
            throw new InvalidOperationException("Brotli could not compress a stored body");
        return buffer[..written];
    }

    private static byte[] GzipOf(byte[] identity)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(identity);
        return output.ToArray();
    }
}
