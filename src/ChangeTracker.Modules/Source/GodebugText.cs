namespace ChangeTracker.Modules.Source;

/// <summary>Reads "key=value" (spaces around trimmed, a trailing // comment dropped) as a GODEBUG setting.</summary>
public static class GodebugText
{
    public static GodebugSetting? Parse(string text)
    {
        var body = text;
        var comment = body.IndexOf("//", StringComparison.Ordinal);
        if (comment >= 0) body = body[..comment];
        var eq = body.IndexOf('=');
        if (eq <= 0) return null;
        var key = body[..eq].Trim();
        var value = body[(eq + 1)..].Trim();
        return key.Length == 0 || key.Any(char.IsWhiteSpace) || value.Any(char.IsWhiteSpace) ? null : new GodebugSetting(key, value, "");
    }
}
