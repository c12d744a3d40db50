using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ChangeTracker.Bench;

/// <summary>
/// The least a diff body can weigh on the wire under the JSON contract: the free text it must carry for every fact
/// (its stable <c>id</c>, its <c>summary</c> and its <c>evidence</c>), one string after another with no JSON around
/// them, compressed with Brotli at its best quality and largest window. No encoding of the contract's fields gets the
/// body much below this, so it tells a size target that the data rules out from one the serialiser misses.
/// </summary>
public static class BodyFloor
{
    private static readonly string[] FreeText = ["id", "summary", "evidence"];

    public static (int RawBytes, int BrotliBytes) Of(byte[] diffJson)
    {
        using var document = JsonDocument.Parse(diffJson);
        var text = new StringBuilder();
        foreach (var list in new[] { "facts", "comingNext" })
        {
            if (!document.RootElement.TryGetProperty(list, out var facts) || facts.ValueKind != JsonValueKind.Array) continue;
            foreach (var fact in facts.EnumerateArray())
                foreach (var field in FreeText)
                    if (fact.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String) text.Append(value.GetString()).Append('\n');
        }
        var raw = Encoding.UTF8.GetBytes(text.ToString());
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        if (!BrotliEncoder.TryCompress(raw, buffer, out var written, quality: 11, window: 24))
            throw new InvalidOperationException("Brotli could not compress the diff's text");
        return (raw.Length, written);
    }
}
