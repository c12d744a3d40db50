using ChangeTracker.Testing.Abuse;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace ChangeTracker.Web.Tests.Abuse;

/// <summary>A GET route of the OpenAPI document: its path template and the names of its parameters by location.</summary>
public sealed record ApiRoute(string Template, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters)
{
    public static List<ApiRoute> FromOpenApi(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p =>
            {
                var parameters = p.Value.GetProperty("get").TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                string[] In(string where) => parameters.Where(x => x.GetProperty("in").GetString() == where).Select(x => x.GetProperty("name").GetString()!).ToArray();
                return new ApiRoute(p.Name, In("path"), In("query"));
            })
            .ToList();
}

/// <summary>FsCheck generators of malformed requests to the API and the pages.</summary>
public static class ApiAbuseCases
{
    /// <summary>A value that would be accepted, so that junk in one parameter is not hidden by another being missing.</summary>
    private static readonly Dictionary<string, string[]> Plausible = new()
    {
        ["v"] = ["1.12", "go1.13"], ["version"] = ["1.12"], ["from"] = ["1.11"], ["to"] = ["1.13"], ["release"] = ["1.12"],
        ["limit"] = ["5"], ["count"] = ["3"], ["format"] = ["md", "csv", "html", "json"], ["kind"] = ["removal", "archive"],
        ["download"] = ["true"], ["breaking"] = ["true"], ["bom"] = ["true"], ["reported"] = ["true"], ["includeUnstable"] = ["false"],
        ["q"] = ["TLS 1.3", "macOS 10.12"], ["os"] = ["linux"], ["arch"] = ["amd64"], ["port"] = ["linux/amd64"], ["targets"] = ["linux/amd64"],
        ["component"] = ["crypto/tls"], ["id"] = ["1"],
    };

    private static Gen<string> ValueFor(string name, bool junk) =>
        junk || !Plausible.TryGetValue(name, out var good)
            ? (name == "cursor" ? Gen.Frequency((3, JunkText.Cursor), (1, JunkText.Any)) : JunkText.Any)
            : Gen.Elements(good);

    /// <summary>A GET of one route: every path parameter and one to three query parameters junk, the others plausible or absent.</summary>
    public static Gen<AbuseCase> Get(IReadOnlyList<ApiRoute> routes) =>
        from route in Gen.Elements(routes.ToArray())
        from path in Path(route)
        from query in Query(route.QueryParameters)
        from extra in Gen.Frequency((8, Gen.Constant("")), (1, Gen.Elements(RawQueryTails)))
        select new AbuseCase("GET", path + query + extra);

    /// <summary>Query tails HttpClient passes as written: bad percent escapes, repeated and nameless parameters.</summary>
    private static readonly string[] RawQueryTails = ["&%", "&%zz=1", "&=", "&&&", "&q", "&limit=1&limit=2", "&q=a&q=b", "&from=1.11&from=1.12", "&%00=%00", "&a[]=1", "&cursor"];

    private static Gen<string> Path(ApiRoute route)
    {
        var path = Gen.Constant(route.Template);
        foreach (var name in route.PathParameters)
            path = path.SelectMany(p => ValueFor(name, junk: true).Select(v => p.Replace("{" + name + "}", Escape(v) is "" ? "%20" : Escape(v))));
        return path;
    }

    private static Gen<string> Query(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return JunkText.Any.Select(v => "?junk=" + Escape(v));
        return Gen.SubListOf(names.ToArray()).SelectMany(junkNames =>
        {
            var bad = junkNames.Count == 0 ? [names[0]] : junkNames.Take(3).ToList();
            var pairs = Gen.Constant(new List<string>());
            foreach (var name in names)
            {
                var isJunk = bad.Contains(name);
                pairs = pairs.SelectMany(list => Gen.Frequency((isJunk ? 0 : 1, Gen.Constant(list)), (1, ValueFor(name, isJunk).Select(v => (List<string>)[.. list, $"{name}={Escape(v)}"]))));
            }
            return pairs.Select(list => "?" + string.Join("&", list));
        });
    }

    /// <summary>Dashboard pages with junk in their route values and query strings.</summary>
    public static Gen<AbuseCase> Page() =>
        from template in Gen.Elements(PageTemplates)
        from a in JunkText.Any
        from b in Gen.Frequency((1, JunkText.Any), (1, Gen.Elements("1.11", "1.13", "linux", "true")))
        from c in JunkText.Any
        select new AbuseCase("GET", string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Escape(a) is "" ? "%20" : Escape(a), Escape(b), Escape(c)));

    private static readonly string[] PageTemplates =
    [
        "/?x={0}", "/releases/{0}", "/releases/{0}?x={2}", "/diff?from={0}&to={1}", "/diff?from={1}&to={0}&targets={2}", "/diff?from=1.11&to=1.13&targets={0}&breaking={2}",
        "/diff?from=1.11&to=1.13&breaking={0}", "/platforms?q={0}", "/sizes?os={0}&arch={1}&kind={2}", "/sizes?kind={0}", "/search?q={0}", "/search?q={0}&x={1}",
        "/runs?x={0}", "/runs/{0}", "/check?from={0}", "/feed.atom?x={0}", "/healthz?x={0}", "/readyz?{0}", "/history?version={0}",
    ];

    /// <summary>POST /api/check with bodies that are not what it reads: wrong content types, broken JSON, wrong shapes, junk fields, nesting.</summary>
    public static Gen<AbuseCase> CheckPost() =>
        Gen.Frequency(
            (3, from type in Gen.Elements(ContentTypes) from body in JunkBody() select Post(type, body)),
            (4, from shape in Gen.Elements(Shapes) from v in JunkText.Any select Post("application/json", string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, JsonEncoded(v)))),
            (1, from depth in Gen.Elements(64, 1_000, 100_000) select Post("application/json", new string('[', depth) + new string(']', depth))),
            (1, from type in Gen.Elements("multipart/form-data", "multipart/form-data; boundary=x", "multipart/form-data; boundary=", "application/x-www-form-urlencoded")
                from v in JunkText.Any
                select Post(type, $"--x\r\nContent-Disposition: form-data; name=\"gomod\"\r\n\r\n{v}\r\n--x--")));

    private static readonly string[] ContentTypes =
        ["application/json", "text/plain", "application/xml", "application/json; charset=utf-32", "application/x-www-form-urlencoded", "*/*", "application/json;;;", "garbage"];

    private static Gen<string> JunkBody() =>
        Gen.Frequency((3, JunkText.Any), (1, Gen.Elements("{", "}", "{\"gomod\":", "[1,2", "{\"gomod\": \"a\" \"files\": {}}", "nul", "tru", "\"unterminated", "{\"a\":1}}", "\u0000{}")));

    private static readonly string[] Shapes =
    [
        "{0}", "[{0}]", "{{\"gomod\": {0}}}", "{{\"gomod\": 5, \"files\": {0}}}", "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"files\": {{\"a.go\": {0}}}}}",
        "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"files\": {{{0}: \"package a\"}}}}", "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"from\": {0}}}",
        "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"to\": {0}}}", "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"targets\": [{0}]}}", "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"targets\": {0}}}",
        "{{\"gomod\": \"module x\\ngo 1.12\\n\", \"format\": {0}}}", "{{\"gomod\": {0}, \"files\": {{}}}}", "{{\"gowork\": {0}, \"gomod\": \"module x\\ngo 1.12\\n\"}}",
        "{{\"files\": {{\"../../etc/passwd\": {0}}}, \"gomod\": \"module x\\ngo 1.12\\n\"}}", "{{\"gomod\": \"module x\\ngo \" , \"x\": {0}}}",
    ];

    private static AbuseCase Post(string contentType, string body) => new("POST", "/api/check", contentType, Encoding.UTF8.GetBytes(body));

    private static string JsonEncoded(string value) => JsonSerializer.Serialize(value);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
