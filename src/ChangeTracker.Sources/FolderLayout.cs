using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources;

/// <summary>
/// Maps a page of the Go site to the file that holds it in a folder laid out by URL path, as the offline copy
/// and the <c>mirror</c> command lay it out: <c>/doc/go1.12</c> → <c>doc/go1.12.html</c>,
/// <c>/doc/devel/release</c> → <c>doc/devel/release.html</c>, <c>/dl/?mode=json&amp;include=all</c> → <c>dl/index.json</c>,
/// <c>/dl/</c> → <c>dl/index.html</c>.
/// </summary>
/// <remarks>
/// Rules: a path ending in '/' names <c>index.html</c> in that folder; a <c>mode=json</c> query names <c>index.json</c>
/// in the folder of the path; a last segment without a known file extension gets <c>.html</c> appended
/// (<c>go1.12</c> has no extension: <c>.12</c> is not one). Other query parameters and fragments are ignored.
/// Segments are percent-decoded; <c>.</c>, <c>..</c> and segments with separators or invalid characters are rejected
/// with an <see cref="ArgumentException"/>, so a path can never name a file outside the folder.
/// </remarks>
public static class FolderLayout
{
    public const string IndexHtml = "index.html";
    public const string IndexJson = "index.json";

    private static readonly HashSet<string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".json", ".css", ".js", ".mjs", ".xml", ".txt", ".md", ".svg", ".png", ".jpg", ".jpeg",
        ".gif", ".ico", ".webp", ".pdf", ".gz", ".tgz", ".zip", ".msi", ".pkg",
    };

    private static readonly char[] ForbiddenInSegment = ['\\', '/', ':', '*', '?', '"', '<', '>', '|', '\0'];

    /// <summary>The file of a page relative to the folder, with '/' separators (<c>doc/go1.12.html</c>).</summary>
    /// <exception cref="ArgumentException">The path is empty, not a site path, or would leave the folder.</exception>
    public static string RelativePath(SourcePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var value = path.Value;
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("the source path is empty", nameof(path));
        if (value.Contains("://", StringComparison.Ordinal))
            throw new ArgumentException($"source path '{value}' must be a site path such as /doc/go1.12, not an absolute URL", nameof(path));

        var withoutFragment = value.Split('#', 2)[0];
        var parts = withoutFragment.Split('?', 2);
        var pathPart = parts[0].StartsWith('/') ? parts[0] : "/" + parts[0];
        var query = parts.Length > 1 ? parts[1] : string.Empty;

        var segments = new List<string>();
        foreach (var raw in pathPart.Split('/', StringSplitOptions.RemoveEmptyEntries))
            segments.Add(CheckSegment(value, Uri.UnescapeDataString(raw)));

        if (IsJsonMode(query))
        {
            segments.Add(IndexJson);
        }
        else if (pathPart.EndsWith('/') || segments.Count == 0)
        {
            segments.Add(IndexHtml);
        }
        else if (!KnownExtensions.Contains(Path.GetExtension(segments[^1])))
        {
            segments[^1] += ".html";
        }

        return string.Join('/', segments);
    }

    /// <summary>The full path of a page's file inside <paramref name="folder"/>; never outside it.</summary>
    /// <exception cref="ArgumentException">The path would name a file outside the folder, or is not a site path.</exception>
    public static string FullPath(string folder, SourcePath path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var relative = RelativePath(path);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, comparison))
            throw new ArgumentException($"source path '{path.Value}' escapes the source folder '{root}'", nameof(path));
        return full;
    }

    private static string CheckSegment(string value, string segment)
    {
        if (segment is "." or "..")
            throw new ArgumentException($"source path '{value}' escapes the source folder: '.' and '..' segments are not allowed", "path");
        if (segment.IndexOfAny(ForbiddenInSegment) >= 0 || segment.Any(char.IsControl) || segment.EndsWith('.') || segment.Trim().Length == 0)
            throw new ArgumentException($"source path '{value}' has an invalid segment '{segment}'", "path");
        return segment;
    }

    private static bool IsJsonMode(string query)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2 &&
                string.Equals(Uri.UnescapeDataString(kv[0]), "mode", StringComparison.OrdinalIgnoreCase) &&
                string.Equals(Uri.UnescapeDataString(kv[1]), "json", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
