using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing;

/// <summary>
/// Parses go.dev/dl/, the tables a person reads: one table.downloadtable per release inside a
/// div.toggle/div.toggleVisible whose id is the tag, with rows of file name, kind, OS, arch, size, checksum.
/// Sizes like "121MB" become size × 2^20 bytes with SizeIsApproximate; os/arch come from the file name
/// where it follows the goX.Y.os-arch pattern, else from the display names mapped back to GOOS/GOARCH.
/// </summary>
public static partial class DownloadsHtmlParser
{
    /// <summary>Parses the page once it is within <paramref name="budget"/> (<see cref="MarkupBudget.Default"/> when null).</summary>
    public static ParseResult<DownloadsFeed> Parse(string html, MarkupBudget? budget = null)
    {
        try
        {
            return ParseCore(html, budget ?? MarkupBudget.Default);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult<DownloadsFeed>.Failure($"downloads page could not be parsed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ParseResult<DownloadsFeed> ParseCore(string html, MarkupBudget budget)
    {
        if (BodyChecks.HtmlProblem(html, budget) is { } problem)
            return ParseResult<DownloadsFeed>.Failure(problem);
        var document = new HtmlParser().ParseDocument(html);
        var tables = document.QuerySelectorAll("table.downloadtable");
        if (tables.Length == 0)
            return ParseResult<DownloadsFeed>.Failure("page has no download tables (table.downloadtable)");

        var warnings = new List<string>();
        var releases = new List<DownloadRelease>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var tag = ReleaseTag(table);
            if (tag is null)
            {
                warnings.Add("a download table is not inside a release block with an id; skipped");
                continue;
            }
            if (!seen.Add(tag))
            {
                warnings.Add($"release {tag} has more than one table; keeping the first");
                continue;
            }
            var columns = ColumnIndexes(table);
            if (columns.Error is not null)
                return ParseResult<DownloadsFeed>.Failure($"table of {tag}: {columns.Error}");
            var files = new List<DistributionFile>();
            var rowIndex = 0;
            foreach (var row in table.QuerySelectorAll("tr").Where(r => r.QuerySelector("td") is not null))
            {
                rowIndex++;
                var result = ReadRow(tag, row, columns, warnings);
                if (result.Error is not null)
                    return ParseResult<DownloadsFeed>.Failure($"release {tag} row {rowIndex}: {result.Error}");
                files.Add(result.File!);
            }
            GoVersion? version = GoVersion.TryParse(tag, out var v) ? v : null;
            releases.Add(new DownloadRelease(tag, version, !Prerelease().IsMatch(tag), files));
        }
        if (releases.Count == 0)
            return ParseResult<DownloadsFeed>.Failure("page has no release blocks with download tables");
        return ParseResult<DownloadsFeed>.Success(new DownloadsFeed(releases), warnings);
    }

    private static string? ReleaseTag(IElement table)
    {
        for (var e = table.ParentElement; e is not null; e = e.ParentElement)
        {
            if ((e.ClassList.Contains("toggle") || e.ClassList.Contains("toggleVisible")) && !string.IsNullOrEmpty(e.Id))
                return e.Id;
        }
        return null;
    }

    private sealed record Columns(int Filename, int Kind, int Os, int Arch, int Size, int Checksum, string? Error);

    private static Columns ColumnIndexes(IElement table)
    {
        var headers = table.QuerySelectorAll("th").Select(th => PlainText.Normalize(th.TextContent).ToLowerInvariant()).ToList();
        int Find(string prefix) => headers.FindIndex(h => h.StartsWith(prefix, StringComparison.Ordinal));
        var c = new Columns(Find("file"), Find("kind"), Find("os"), Find("arch"), Find("size"), headers.FindIndex(h => h.Contains("checksum")), null);
        if (c.Filename < 0 || c.Kind < 0 || c.Os < 0 || c.Arch < 0 || c.Size < 0)
            return c with { Error = $"table header lacks one of File name, Kind, OS, Arch, Size (has: {string.Join(", ", headers)})" };
        return c;
    }

    private sealed record RowResult(DistributionFile? File, string? Error);

    private static RowResult ReadRow(string tag, IElement row, Columns columns, List<string> warnings)
    {
        var cells = row.Children.Where(c => c.LocalName == "td").Select(c => PlainText.Normalize(c.TextContent)).ToList();
        string Cell(int i) => i >= 0 && i < cells.Count ? cells[i] : "";
        var filename = Cell(columns.Filename);
        if (filename.Length == 0) return new RowResult(null, "has no file name");
        var kindText = Cell(columns.Kind);
        if (!DistributionKindNames.TryParse(kindText, out var kind))
            return new RowResult(null, $"file {filename} has an unknown kind '{kindText}'");

        var (os, arch) = (PlatformNames.Os(Cell(columns.Os)), PlatformNames.Arch(Cell(columns.Arch)));
        if (kind != DistributionKind.Source && PlatformNames.FromFilename(tag, filename) is { } fromName)
        {
            if (os.Length > 0 && fromName.Os != os || arch.Length > 0 && fromName.Arch != arch)
                warnings.Add($"file {filename}: page shows {Cell(columns.Os)}/{Cell(columns.Arch)}, file name says {fromName.Os}/{fromName.Arch}; using the file name");
            (os, arch) = fromName;
        }

        var sizeText = Cell(columns.Size);
        if (!SizeText.TryParse(sizeText, out var size, out var approximate))
        {
            warnings.Add($"file {filename} has an unreadable size '{sizeText}'");
            size = null;
        }
        else if (size is null or 0)
        {
            warnings.Add($"file {filename} has no size");
            size = null;
        }
        var checksum = Cell(columns.Checksum);
        var isSha256 = checksum.Length == 64;
        return new RowResult(new DistributionFile(tag, filename, os, arch, kind, size, isSha256 ? checksum : null, SizeIsApproximate: size is not null && approximate), null);
    }

    /// <summary>The page does not say which releases are stable; alpha, beta and rc tags are not.</summary>
    [GeneratedRegex(@"(?:alpha|beta|rc)[0-9]+$")]
    private static partial Regex Prerelease();
}
