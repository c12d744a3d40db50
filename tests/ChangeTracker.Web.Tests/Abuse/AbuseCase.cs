using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChangeTracker.Web.Tests.Abuse;

/// <summary>One malformed request: method, path with query, and an optional body with its content type.</summary>
public sealed record AbuseCase(string Method, string Url, string? ContentType = null, byte[]? Body = null)
{
    public override string ToString() =>
        $"{Method} {Shorten(Url)}" + (Body is null ? "" : $" [{ContentType ?? "no content type"}, {Body.Length} bytes: {Shorten(Encoding.UTF8.GetString(Body[..Math.Min(80, Body.Length)]))}]");

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is null) return request;
        request.Content = new ByteArrayContent(Body);
        request.Headers.ExpectContinue = Body.Length > 1024 * 1024;
        if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        else request.Content.Headers.ContentType = null;
        return request;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : $"{text[..160]}…({text.Length} chars)";
}

/// <summary>What every answer to a malformed request must be: never a 5xx, never internals; an API 4xx is problem+json with a title.</summary>
public static partial class AbuseVerdict
{
    /// <summary>The status of one answer and, when it is not acceptable, why (a server rejection is Kestrel's own, see <see cref="IsServerRejection"/>).</summary>
    public sealed record Verdict(int Status, string? Failure, bool ServerRejection = false);

    public static async Task<Verdict> JudgeAsync(HttpClient client, AbuseCase abuse, bool problemDetailsRequired)
    {
        using var request = abuse.ToRequest();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (HttpRequestException e)
        {
            return new Verdict(0, $"the connection failed ({e.Message})");
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            return new Verdict(status, Judge(response, body, problemDetailsRequired), IsServerRejection(response, body));
        }
    }

    /// <summary>Null when the answer is acceptable, otherwise why not.</summary>
    public static string? Judge(HttpResponseMessage response, string body, bool problemDetailsRequired)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status}: {Excerpt(body)}";
        if (IsServerRejection(response, body)) return null;
        if (status is < 200 || status is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
            return $"unexpected status {status}";
        if (Internals().Match(body) is { Success: true } leak) return $"{status} shows internals ('{leak.Value}'): {Excerpt(body)}";
        if (ControlCharacter(response, body) is { } control && (status < 400 || !control.StartsWith('\\')))
            return $"{status} carries the control character {Escaped(control)} (control characters are stripped or rejected): {Excerpt(body)}";
        return problemDetailsRequired && status >= 400 ? ProblemShape(response, body) : null;
    }

    /// <summary>
    /// Kestrel itself refuses some requests before any application code runs (a request line over its limit: 414; a
    /// NUL or a bad escape in the path: 400), with an empty body and none of the app's security headers. No
    /// middleware can shape those; an empty 4xx that did pass through the app carries the headers and fails.
    /// </summary>
    public static bool IsServerRejection(HttpResponseMessage response, string body) =>
        (int)response.StatusCode is 400 or 414 or 431 && body.Length == 0 && !response.Headers.Contains("X-Content-Type-Options");

    private static string? ProblemShape(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{(int)response.StatusCode} is {response.Content.Headers.ContentType?.MediaType ?? "untyped"}, not problem+json: {Excerpt(body)}";
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (!problem.RootElement.TryGetProperty("title", out var title) || string.IsNullOrWhiteSpace(title.GetString()))
                return $"{(int)response.StatusCode} problem without a title: {Excerpt(body)}";
            if (problem.RootElement.TryGetProperty("status", out var s) && s.GetInt32() != (int)response.StatusCode)
                return $"problem status {s} ≠ {(int)response.StatusCode}";
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} problem+json that is not JSON: {Excerpt(body)}";
        }
        return null;
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>
    /// A C0 control other than tab and line breaks: raw in any body, or as an escape in a JSON body. Elsewhere the six
    /// characters <c>\u0008</c> are printable text (the Go 1.22 notes quote that escape), and in JSON an escaped
    /// backslash before them (<c>\\u0008</c>) is the same quotation.
    /// </summary>
    private static string? ControlCharacter(HttpResponseMessage response, string body)
    {
        if (RawControlCharacter().Match(body) is { Success: true } raw) return raw.Value;
        var json = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true;
        return json && JsonControlEscape().Match(body) is { Success: true } escape ? escape.Value[^6..] : null;
    }

    [GeneratedRegex(@"[\u0000-\u0008\u000b\u000c\u000e-\u001f]")]
    private static partial Regex RawControlCharacter();

    /// <summary>\u0000–\u001f other than tab and line breaks, after an odd number of backslashes.</summary>
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\\u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F])")]
    private static partial Regex JsonControlEscape();

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";

    /// <summary>Stack frames, exception type names, provider error texts.</summary>
    [GeneratedRegex(@"\bat [A-Z][\w.`]+\.\w+\(|\w+Exception\b|SQLite Error|SQLITE_\w+|database is locked|Npgsql|\bat lambda_method|Microsoft\.(AspNetCore|EntityFrameworkCore|Data)\.\w+|System\.[A-Z]\w+\.\w+")]
    private static partial Regex Internals();
}
