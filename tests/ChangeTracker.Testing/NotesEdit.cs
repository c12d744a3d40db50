namespace ChangeTracker.Testing;

/// <summary>
/// An edit the Go team could make to a published notes page, applied at test time to a <see cref="SiteCopy"/> of the
/// go1.13 page: one paragraph deleted (the NaCl ports go), one sentence reworded (macOS, same fact), one paragraph of
/// our own added (a removal). The ids and texts a history must then report are below.
/// </summary>
public static partial class NotesEdit
{
    public const string Page = "doc/go1.13.html";
    public const string Version = "1.13";

    public const string AddedRemovalId = "1.13-aix-removal-made-up-frobnicate-flag-of-the-linker";
    public const string ChangedOsId = "1.13-darwin-os_support_ended-macos-10.10";
    public static readonly string[] WithdrawnPortIds =
        ["1.13-ports-port_removed-nacl-386", "1.13-ports-port_removed-nacl-amd64p32", "1.13-ports-port_removed-nacl-arm"];

    public const string ChangedText = "macOS 10.11 (El Capitan) or later";

    public static void Apply(SiteCopy site)
    {
        var text = File.ReadAllText(site.File(Page));
        var nacl = NaclParagraph().Match(text);
        if (!nacl.Success) throw new InvalidOperationException("the go1.13 page of this copy has no paragraph on NaCl: the edit needs updating");
        text = text.Remove(nacl.Index, nacl.Length);
        text = Replace(text, "macOS 10.11 El Capitan or later", ChangedText);
        text = Replace(text, "<h3 id=\"aix\">AIX</h3>",
            "<h3 id=\"aix\">AIX</h3>\n<p>The made-up <code>-frobnicate</code> flag of the linker has been removed.</p>");
        site.Write(Page, text);
    }

    /// <summary>The paragraph of the page that ends the NaCl ports, found by its "(NaCl)" rather than quoted.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<p>[^<]*\(NaCl\)[^<]*</p>")]
    private static partial System.Text.RegularExpressions.Regex NaclParagraph();

    private static string Replace(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"the go1.13 page of this copy has no '{from}': the edit needs updating");
        return text[..at] + to + text[(at + from.Length)..];
    }
}
