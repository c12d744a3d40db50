namespace ChangeTracker.Parsing;

/// <summary>Cheap checks on a raw body before parsing it: empty, wrong format, cut off.</summary>
internal static class BodyChecks
{
    /// <summary>Why <paramref name="body"/> cannot be an HTML page (within <paramref name="budget"/>), or null when it may be one.</summary>
    public static string? HtmlProblem(string? body, MarkupBudget budget)
    {
        if (string.IsNullOrWhiteSpace(body)) return "body is empty";
        var trimmed = body.AsSpan().Trim();
        if (trimmed[0] is '{' or '[') return "body is not HTML: it looks like JSON";
        if (body.Contains('\0')) return "body is not HTML: it holds binary data (NUL bytes)";
        if (!trimmed.Contains('<')) return "body is not HTML: it has no markup";
        var hasOpen = body.Contains("<html", StringComparison.OrdinalIgnoreCase);
        var hasClose = body.Contains("</html>", StringComparison.OrdinalIgnoreCase);
        if (hasOpen && !hasClose) return "body looks truncated: no closing </html>";
        return budget.Problem(body);
    }

    /// <summary>Why <paramref name="body"/> cannot be a JSON document, or null when it may be one.</summary>
    public static string? JsonProblem(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return "body is empty";
        var trimmed = body.AsSpan().Trim();
        if (trimmed[0] == '<') return "body is not JSON: it looks like HTML";
        if (trimmed[0] is not ('[' or '{')) return "body is not JSON: it does not start with '[' or '{'";
        return null;
    }

    public static bool LooksTruncatedJson(string body)
    {
        var trimmed = body.AsSpan().Trim();
        return trimmed.Length == 0 || trimmed[^1] is not (']' or '}');
    }
}
