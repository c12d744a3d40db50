using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace ChangeTracker.Web.Tests.Abuse;

/// <summary>
/// Finds what a consumer of an export or the feed would run: script elements, event-handler attributes, links and
/// sources with a javascript:, vbscript: or data: scheme, base/refresh/form/frame elements, CSS expressions, raw tags
/// in Markdown, spreadsheet formulas in CSV cells. Each finding is one sentence; none is the only good answer.
/// </summary>
public static partial class ExecutableMarkup
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "poster", "srcdoc"];

    public static List<string> InHtml(string html, string where)
    {
        var document = new HtmlParser().ParseDocument(html);
        var findings = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name is "script" or "iframe" or "frame" or "object" or "embed" or "base" or "form" or "applet")
                findings.Add($"{where}: a <{name}> element");
            if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
                findings.Add($"{where}: a meta refresh");
            if (name == "style" && DangerousCss().IsMatch(element.TextContent))
                findings.Add($"{where}: a style block with {DangerousCss().Match(element.TextContent).Value}");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    findings.Add($"{where}: <{name} {attribute.LocalName}=…>");
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && IsScriptUrl(attribute.Value))
                    findings.Add($"{where}: <{name} {attribute.Name}=\"{Short(attribute.Value)}\">");
                if (attribute.LocalName == "style" && DangerousCss().IsMatch(attribute.Value))
                    findings.Add($"{where}: <{name} style=\"{Short(attribute.Value)}\">");
            }
        }
        return findings;
    }

    public static List<string> InMarkdown(string markdown, string where)
    {
        var findings = RawTag().Matches(markdown).Select(m => $"{where}: raw markup '{Short(m.Value)}' a Markdown renderer passes through").ToList();
        findings.AddRange(MarkdownLink().Matches(markdown).Where(m => IsScriptUrl(m.Groups["url"].Value)).Select(m => $"{where}: a link to '{Short(m.Groups["url"].Value)}'"));
        return findings;
    }

    public static List<string> InCsv(string csv, string where) =>
        Cells(csv).Where(c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(c => $"{where}: the cell '{Short(c)}' is a formula to a spreadsheet").ToList();

    public static List<string> InAtom(string atom, string where)
    {
        var feed = XDocument.Parse(atom);
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var findings = feed.Descendants(ns + "link").Select(l => (string?)l.Attribute("href") ?? "").Where(IsScriptUrl)
            .Select(href => $"{where}: <link href=\"{Short(href)}\">").ToList();
        foreach (var content in feed.Descendants().Where(e => e.Name == ns + "content" || e.Name == ns + "summary" || e.Name == ns + "title"))
        {
            var type = (string?)content.Attribute("type") ?? "text";
            if (type is "html" or "xhtml") findings.AddRange(InHtml(type == "html" ? content.Value : string.Concat(content.Nodes()), $"{where} <{content.Name.LocalName} type={type}>"));
        }
        return findings;
    }

    /// <summary>A URL a browser would run or render as a document: javascript:, vbscript:, data: — after the whitespace and controls browsers skip.</summary>
    public static bool IsScriptUrl(string url)
    {
        var decoded = System.Net.WebUtility.HtmlDecode(url);
        var compact = new string(decoded.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal) || compact.StartsWith("data:", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Cells(string csv)
    {
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c is ',' or '\n') { yield return cell.ToString(); cell.Clear(); }
            else if (c != '\r' || i + 1 >= csv.Length || csv[i + 1] != '\n') cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousCss();

    [GeneratedRegex(@"<\s*/?\s*(script|img|svg|iframe|object|embed|style|base|meta|form|a|div|details|math|button|input|link|body|html)\b[^>]*>?", RegexOptions.IgnoreCase)]
    private static partial Regex RawTag();

    [GeneratedRegex(@"\]\(\s*<?(?<url>[^)\s>]*)")]
    private static partial Regex MarkdownLink();
}
