using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing;

/// <summary>
/// Parses go.dev/doc/devel/release: every major release from its h2 ("go1.12 (released 2019-02-25)") and
/// every minor revision from the paragraphs that start "go1.12.1 (released 2019-03-14) …", both the
/// generated ones (Go 1.9 on) and the hand-written older ones, including the revisions flagged "should not be used"
/// (tagged but never fully released). Nothing is hard-coded: versions come from the page.
/// </summary>
public static partial class ReleaseHistoryParser
{
    /// <summary>Parses the page once it is within <paramref name="budget"/> (<see cref="MarkupBudget.Default"/> when null).</summary>
    public static ParseResult<ReleaseHistory> Parse(string html, MarkupBudget? budget = null)
    {
        try
        {
            return ParseCore(html, budget ?? MarkupBudget.Default);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult<ReleaseHistory>.Failure($"release history could not be parsed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ParseResult<ReleaseHistory> ParseCore(string html, MarkupBudget budget)
    {
        if (BodyChecks.HtmlProblem(html, budget) is { } problem)
            return ParseResult<ReleaseHistory>.Failure(problem);
        var document = new HtmlParser().ParseDocument(html);
        var article = document.QuerySelector("main#main-content article")
            ?? document.QuerySelector("article")
            ?? document.QuerySelector("main#main-content");
        if (article is null)
            return ParseResult<ReleaseHistory>.Failure("page has no article element");

        var warnings = new List<string>();
        var majors = new List<MajorRelease>();
        var revisions = new List<MinorRevision>();
        var seen = new HashSet<GoVersion>();
        foreach (var element in article.QuerySelectorAll("h2, h3, p"))
        {
            var text = PlainText.Normalize(element.TextContent);
            if (element.LocalName == "h2")
            {
                var m = MajorHeading().Match(text);
                if (!m.Success) continue;
                if (!TryRead(m, text, warnings, out var version, out var date)) continue;
                majors.Add(new MajorRelease(version.Line, date));
                continue;
            }
            if (element.LocalName != "p") continue;
            if (ReadRevision(element.Id, text, warnings) is not { } revision) continue;
            if (!seen.Add(revision.Version))
            {
                warnings.Add($"revision {revision.Version.ToTag()} is listed twice; keeping the first");
                continue;
            }
            if (!majors.Any(mj => mj.Version == revision.Version.Line))
                warnings.Add($"revision {revision.Version.ToTag()} appears before (or without) its major release {revision.Version.Line.ToTag()}");
            revisions.Add(revision);
        }

        if (majors.Count == 0)
            return ParseResult<ReleaseHistory>.Failure("page lists no major releases: no h2 reads 'goX.Y (released YYYY-MM-DD)'");
        return ParseResult<ReleaseHistory>.Success(new ReleaseHistory(majors, revisions), warnings);
    }

    /// <summary>
    /// A paragraph "go1.12.1 (released 2019-03-14) includes …", or one the history flags as not to be used
    /// ("goX.Y.Z should not be used", then why: a revision tagged but never released), which is kept with its flag and,
    /// unless the paragraph gives one, no date. Null (with a warning when it looks like a revision) otherwise.
    /// </summary>
    private static MinorRevision? ReadRevision(string? id, string text, List<string> warnings)
    {
        if (NotForUseParagraph().Match(text) is { Success: true } flagged)
        {
            if (!TryReadVersion(flagged, text, warnings, out var version)) return null;
            DateOnly? date = null;
            if (flagged.Groups["date"].Success)
            {
                if (!TryReadDate(flagged, version, warnings, out var released)) return null;
                date = released;
            }
            // Never released, so it delivers no fixes: no security flag and no components.
            return new MinorRevision(version, date, Summary(flagged), Security: false, Components: [], ShouldNotBeUsed: true);
        }
        var r = RevisionParagraph().Match(text);
        if (!r.Success)
        {
            if (id?.StartsWith("go", StringComparison.Ordinal) == true)
                warnings.Add($"paragraph #{id} does not start with 'goX.Y.Z (released YYYY-MM-DD)'; skipped: {text[..Math.Min(text.Length, 60)]}");
            return null;
        }
        if (!TryRead(r, text, warnings, out var rev, out var revDate)) return null;
        var summary = Summary(r);
        return new MinorRevision(rev, revDate, summary,
            RevisionSummary.MentionsSecurity(summary), RevisionSummary.Components(summary), ShouldNotBeUsed: false);
    }

    private static string Summary(Match m) => MilestoneSentence().Replace(m.Groups["rest"].Value, "").Trim();

    private static bool TryRead(Match m, string text, List<string> warnings, out GoVersion version, out DateOnly date)
    {
        date = default;
        return TryReadVersion(m, text, warnings, out version) && TryReadDate(m, version, warnings, out date);
    }

    private static bool TryReadVersion(Match m, string text, List<string> warnings, out GoVersion version)
    {
        if (GoVersion.TryParse(m.Groups["version"].Value, out version, out var error)) return true;
        warnings.Add($"'{text[..Math.Min(text.Length, 60)]}': {error}");
        return false;
    }

    private static bool TryReadDate(Match m, GoVersion version, List<string> warnings, out DateOnly date)
    {
        if (DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        warnings.Add($"{version.ToTag()} has an unreadable date '{m.Groups["date"].Value}'");
        return false;
    }

    [GeneratedRegex(@"^(?<version>go[0-9][0-9a-z.]*)\s*\(released (?<date>\d{4}-\d{2}-\d{2})\)")]
    private static partial Regex MajorHeading();

    [GeneratedRegex(@"^(?<version>go[0-9]+(?:\.[0-9]+){2})\s*\(released (?<date>\d{4}-\d{2}-\d{2})\)\s*(?<rest>.*)$")]
    private static partial Regex RevisionParagraph();

    [GeneratedRegex(@"^(?<version>go[0-9]+(?:\.[0-9]+){2})(?:\s*\(released (?<date>\d{4}-\d{2}-\d{2})\))?\s+(?<rest>should not be used\b.*)$")]
    private static partial Regex NotForUseParagraph();

    [GeneratedRegex(@"\s*See the .*? (?:milestone|history|change history).*?for details\.\s*$|\s*See the .*?for details\.\s*$")]
    private static partial Regex MilestoneSentence();
}
