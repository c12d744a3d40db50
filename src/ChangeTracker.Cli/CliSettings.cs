namespace ChangeTracker.Cli;

/// <summary>
/// Settings given on the command line the way the web app takes them — `--ChangeTracker:Database:Provider=PostgreSql`,
/// `--ConnectionStrings:ChangeTracker=Host=…` — taken out of the arguments before the commands are parsed, and applied
/// over the environment for the rest of this invocation.
/// </summary>
public static class CliSettings
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string?>> Current = new();

    public static IReadOnlyDictionary<string, string?> Overrides => Current.Value ?? new Dictionary<string, string?>();

    /// <summary>Returns the arguments left for the command parser; remembers the settings among them.</summary>
    public static string[] Extract(string[] args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        foreach (var arg in args)
        {
            if (TryParse(arg) is { } setting) settings[setting.Key] = setting.Value;
            else rest.Add(arg);
        }
        Current.Value = settings;
        return [.. rest];
    }

    /// <summary>`--Section:Key=value` (a key with a colon, then '='); anything else is an ordinary argument.</summary>
    private static KeyValuePair<string, string?>? TryParse(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal)) return null;
        var equals = arg.IndexOf('=');
        if (equals < 0) return null;
        var key = arg[2..equals];
        return key.Contains(':') && !key.Contains(' ') ? new(key, arg[(equals + 1)..]) : null;
    }
}
