using System.Diagnostics.CodeAnalysis;

namespace ChangeTracker.Diffs.Rendering;

/// <summary>Looks up a diff renderer by format name (case-insensitive; "markdown" and a leading dot are accepted).</summary>
public sealed class DiffReportRenderers
{
    private readonly Dictionary<string, IDiffReportRenderer> _byFormat;

    public DiffReportRenderers(IEnumerable<IDiffReportRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        _byFormat = new Dictionary<string, IDiffReportRenderer>(StringComparer.OrdinalIgnoreCase);
        foreach (var renderer in renderers)
        {
            if (!_byFormat.TryAdd(renderer.Format, renderer))
                throw new ArgumentException($"two renderers for the format '{renderer.Format}'", nameof(renderers));
        }
        Formats = _byFormat.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>json, md, csv and html.</summary>
    public static DiffReportRenderers Default { get; } = new(
        [new JsonDiffRenderer(), new MarkdownDiffRenderer(), new CsvDiffRenderer(), new HtmlDiffRenderer()]);

    /// <summary>The format names, sorted.</summary>
    public IReadOnlyList<string> Formats { get; }

    public bool TryGet(string? format, [NotNullWhen(true)] out IDiffReportRenderer? renderer)
    {
        var key = Normalize(format);
        if (key is not null && _byFormat.TryGetValue(key, out var found))
        {
            renderer = found;
            return true;
        }
        renderer = null;
        return false;
    }

    /// <exception cref="UnknownReportFormatException">No renderer has that format; the message lists the valid ones.</exception>
    public IDiffReportRenderer Get(string? format) =>
        TryGet(format, out var renderer) ? renderer : throw new UnknownReportFormatException(format, Formats);

    private static string? Normalize(string? format)
    {
        var key = format?.Trim().TrimStart('.');
        return string.Equals(key, "markdown", StringComparison.OrdinalIgnoreCase) ? "md" : key;
    }
}
