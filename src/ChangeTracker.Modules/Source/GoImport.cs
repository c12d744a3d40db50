namespace ChangeTracker.Modules.Source;

/// <summary>How a file names an imported package: by its own name, an alias, a dot (into the file's scope) or a blank.</summary>
public enum ImportForm
{
    Plain,
    Alias,
    Dot,
    Blank,
}

/// <summary>One import spec of a file.</summary>
public sealed record GoImport(string Path, ImportForm Form, string? Alias, int Line)
{
    /// <summary>Standard library: the first path element has no dot ("crypto/tls", not "golang.org/x/net"); "C" is cgo.</summary>
    public bool IsStandard => Path != "C" && Path.Length > 0 && !Path.Split('/')[0].Contains('.');

    /// <summary>The name the file uses for the package: its alias, or the last path element (math/rand/v2 → rand).</summary>
    public string? LocalName => Form switch
    {
        ImportForm.Alias => Alias,
        ImportForm.Plain => DefaultName(Path),
        _ => null,
    };

    public static string DefaultName(string path)
    {
        var parts = path.Split('/');
        var last = parts[^1];
        if (parts.Length > 1 && last.Length > 1 && last[0] == 'v' && last[1..].All(char.IsDigit)) last = parts[^2];
        return last;
    }
}

/// <summary>A GODEBUG setting a module sets, and where: go.mod, go.work or a //go:debug line of a file.</summary>
public sealed record GodebugSetting(string Key, string Value, string Where);

/// <summary>What one .go file says, read as text.</summary>
public sealed record GoSourceFile
{
    public required string Path { get; init; }
    public string? Package { get; init; }
    public bool IsTest { get; init; }
    public PlatformName? FileNamePlatform { get; init; }
    public IReadOnlyList<GoImport> Imports { get; init; } = [];

    /// <summary>The //go:build line, when the file has one.</summary>
    public string? GoBuild { get; init; }

    /// <summary>The old // +build lines.</summary>
    public IReadOnlyList<string> PlusBuild { get; init; } = [];

    /// <summary>The platforms its build constraint lines name (the //go:build line when present, else the +build lines).</summary>
    public IReadOnlyList<PlatformName> ConstraintPlatforms { get; init; } = [];

    public IReadOnlyList<GodebugSetting> Godebug { get; init; } = [];

    /// <summary>The //go: directives it uses besides build and debug ("go:linkname", "go:embed").</summary>
    public IReadOnlySet<string> Directives { get; init; } = new HashSet<string>();

    public bool UsesCgo { get; init; }

    /// <summary>Qualified identifiers it uses, by import path: "crypto/tls.Config", "io/ioutil.ReadAll", and the keys of composite literals ("net.Dialer.DualStack").</summary>
    public IReadOnlySet<string> Selectors { get; init; } = new HashSet<string>();

    /// <summary>Names selected on values rather than packages (".MinVersion" of "cfg.MinVersion"): fields and methods of unknown type.</summary>
    public IReadOnlySet<string> Members { get; init; } = new HashSet<string>();
}
