using System.Text.Json;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>The diff JSON contract (<see cref="Json.DiffJson"/>) with <see cref="ContractJson.Options"/>.</summary>
public sealed class JsonDiffRenderer : IDiffReportRenderer
{
    public string Format => "json";
    public string ContentType => "application/json; charset=utf-8";
    public string FileExtension => ".json";

    public async Task RenderAsync(VersionDiff diff, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(writer);
        var json = JsonSerializer.Serialize(diff.ToDto(), ContractJson.Options);
        await writer.WriteAsync(json.AsMemory(), ct).ConfigureAwait(false);
        await writer.WriteAsync("\n".AsMemory(), ct).ConfigureAwait(false);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }
}
