using System.Text.Json;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing;

/// <summary>
/// Parses go.dev/dl/?mode=json&amp;include=all: an array of {version, stable, files:[{filename, os, arch,
/// version, sha256, size, kind}]}. Quirky real entries (the "go1" release holding bootstrap files with os "4")
/// are kept as they are; a size of 0 becomes null with a warning, an empty sha256 becomes null.
/// </summary>
public static class DownloadsJsonParser
{
    public static ParseResult<DownloadsFeed> Parse(string json)
    {
        if (BodyChecks.JsonProblem(json) is { } problem)
            return ParseResult<DownloadsFeed>.Failure(problem);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return ParseResult<DownloadsFeed>.Failure(BodyChecks.LooksTruncatedJson(json)
                ? $"body looks truncated: the JSON ends early ({ex.Message})"
                : $"body is not valid JSON: {ex.Message}");
        }
        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
            {
                return ParseResult<DownloadsFeed>.Failure($"downloads feed could not be read: {ex.Message}");
            }
        }
    }

    private static ParseResult<DownloadsFeed> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
            return ParseResult<DownloadsFeed>.Failure($"downloads feed must be a JSON array of releases, not {root.ValueKind}");
        var warnings = new List<string>();
        var releases = new List<DownloadRelease>();
        var index = 0;
        foreach (var entry in root.EnumerateArray())
        {
            index++;
            if (entry.ValueKind != JsonValueKind.Object)
                return ParseResult<DownloadsFeed>.Failure($"feed entry {index} is not an object");
            var tag = String(entry, "version");
            if (string.IsNullOrWhiteSpace(tag))
                return ParseResult<DownloadsFeed>.Failure($"feed entry {index} has no version");
            var stable = entry.TryGetProperty("stable", out var st) && st.ValueKind == JsonValueKind.True;
            GoVersion? version = GoVersion.TryParse(tag, out var v) ? v : null;
            if (version is null) warnings.Add($"feed entry {index} ({tag}): version is not a Go version; kept with Version = null");

            var files = new List<DistributionFile>();
            if (!entry.TryGetProperty("files", out var fileArray) || fileArray.ValueKind != JsonValueKind.Array)
                return ParseResult<DownloadsFeed>.Failure($"feed entry {index} ({tag}) has no files array");
            var fileIndex = 0;
            foreach (var file in fileArray.EnumerateArray())
            {
                fileIndex++;
                var where = $"feed entry {index} ({tag}) file {fileIndex}";
                if (file.ValueKind != JsonValueKind.Object)
                    return ParseResult<DownloadsFeed>.Failure($"{where} is not an object");
                var filename = String(file, "filename");
                if (string.IsNullOrWhiteSpace(filename))
                    return ParseResult<DownloadsFeed>.Failure($"feed entry {index} ({tag}) has no filename in file {fileIndex}");
                var kindText = String(file, "kind");
                if (string.IsNullOrWhiteSpace(kindText))
                    return ParseResult<DownloadsFeed>.Failure($"feed entry {index} ({tag}) file {filename} has no kind");
                if (!DistributionKindNames.TryParse(kindText, out var kind))
                    return ParseResult<DownloadsFeed>.Failure($"feed entry {index} ({tag}) file {filename} has an unknown kind '{kindText}'");
                var size = Size(file, filename, warnings);
                var sha = String(file, "sha256");
                var fileTag = String(file, "version");
                if (!string.IsNullOrEmpty(fileTag) && fileTag != tag)
                    warnings.Add($"file {filename} says version {fileTag} but is listed under {tag}");
                files.Add(new DistributionFile(tag, filename, String(file, "os") ?? "", String(file, "arch") ?? "",
                    kind, size, string.IsNullOrWhiteSpace(sha) ? null : sha));
            }
            releases.Add(new DownloadRelease(tag, version, stable, files));
        }
        if (releases.Count == 0)
            return ParseResult<DownloadsFeed>.Failure("downloads feed lists no releases");
        return ParseResult<DownloadsFeed>.Success(new DownloadsFeed(releases), warnings);
    }

    private static long? Size(JsonElement file, string filename, List<string> warnings)
    {
        if (!file.TryGetProperty("size", out var sizeElement) || sizeElement.ValueKind == JsonValueKind.Null)
        {
            warnings.Add($"file {filename} has no size");
            return null;
        }
        if (sizeElement.ValueKind != JsonValueKind.Number || !sizeElement.TryGetInt64(out var size) || size < 0)
        {
            warnings.Add($"file {filename} has an unreadable size '{sizeElement.GetRawText()}'");
            return null;
        }
        if (size == 0)
        {
            warnings.Add($"file {filename} has size 0 (unknown)");
            return null;
        }
        return size;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
