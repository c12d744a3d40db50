namespace ChangeTracker.Testing.Abuse;

/// <summary>
/// A hostile edit of the go1.12 notes in a <see cref="SiteCopy"/> (our own text): script, event handlers,
/// javascript:/data: URLs, SVG, iframe/object/embed, CSS expression() and url(javascript:), style blocks, entity tricks,
/// a base href, a meta refresh and a form — in the introduction and, as removal sentences the extractor turns into
/// facts, under the Ports heading, so the payloads reach release pages, diffs, search, exports and the feed. Every
/// payload tries to set <see cref="Marker"/>, change the title to <see cref="TitleMarker"/>, open a dialog or navigate away.
/// </summary>
public static class HostileNotes
{
    public const string Page = "doc/go1.12.html";
    public const string Marker = "__pwned";
    public const string TitleMarker = "PWNED";

    /// <summary>A word only the hostile paragraphs contain, to find them with search.</summary>
    public const string SearchWord = "zanzibarite";

    private const string Js = "window.__pwned=1;document.title='PWNED';alert(1)";

    public static readonly string Introduction = $$"""

        <script>{{Js}}</script>
        <p>The {{SearchWord}} note: <img src=x onerror="{{Js}}"> <a href="javascript:{{Js}}">a link</a>
        <a href="&#x6A;avascript:{{Js}}">an encoded link</a> <a href="jav&#x09;ascript:{{Js}}">a tabbed link</a>
        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a data link</a>
        <svg onload="{{Js}}"><script>{{Js}}</script></svg> <iframe src="javascript:{{Js}}"></iframe>
        <object data="javascript:{{Js}}"></object> <embed src="javascript:{{Js}}">
        <div style="width: expression({{Js}}); background: url(javascript:{{Js}})">styled</div>
        <style>body { background: url("javascript:{{Js}}") } p { display: none }</style>
        &lt;script&gt;{{Js}}&lt;/script&gt; and &amp;lt;script&amp;gt;{{Js}}&amp;lt;/script&amp;gt; written as text.
        <base href="http://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:{{Js}}">
        <form action="javascript:{{Js}}"><button formaction="javascript:{{Js}}">go</button></form>
        <details open ontoggle="{{Js}}"><summary>more</summary></details> <math><mi href="javascript:{{Js}}">m</mi></math></p>

        """;

    /// <summary>Removal sentences whose subjects carry markup and spreadsheet formulas.</summary>
    public static readonly string Ports = $$"""

        <p>The {{SearchWord}} <code>-onload</code> flag <img src=x onerror="{{Js}}"> of the <a href="javascript:{{Js}}">linker</a> has been removed.</p>
        <p>=HYPERLINK("http://evil.example","{{SearchWord}}") support has been removed.</p>
        <p>@SUM(1+1) {{SearchWord}} mode has been removed.</p>
        <p>+1 {{SearchWord}} option <svg onload="{{Js}}"></svg> has been removed.</p>

        """;

    public static void Apply(SiteCopy site)
    {
        var html = File.ReadAllText(site.File(Page));
        html = InsertAfter(html, "<h2 id=\"introduction\"", Introduction);
        html = InsertAfter(html, "<h2 id=\"ports\"", Ports);
        site.Write(Page, html);
    }

    private static string InsertAfter(string html, string headingStart, string payload)
    {
        var heading = html.IndexOf(headingStart, StringComparison.Ordinal);
        if (heading < 0) throw new InvalidOperationException($"{Page} has no {headingStart}> heading: the hostile edit needs updating");
        var at = html.IndexOf("</h2>", heading, StringComparison.Ordinal) + "</h2>".Length;
        return html[..at] + payload + html[at..];
    }
}
