namespace ChangeTracker.Diffs.Rendering;

/// <summary>Writes a <see cref="VersionDiff"/> as one report format (json, md, csv, html).</summary>
public interface IDiffReportRenderer
{
    /// <summary>The format name users pass: json, md, csv, html.</summary>
    string Format { get; }

    /// <summary>The HTTP content type, with charset.</summary>
    string ContentType { get; }

    /// <summary>The file extension with its dot: ".json".</summary>
    string FileExtension { get; }

    Task RenderAsync(VersionDiff diff, TextWriter writer, CancellationToken ct);
}
