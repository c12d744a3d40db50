using ChangeTracker.Modules.GoMod;
using ChangeTracker.Modules.Source;

namespace ChangeTracker.Modules.Reading;

/// <summary>Where a module names a platform: a file-name suffix or a build constraint line of a file.</summary>
public sealed record PlatformMention(PlatformName Platform, string File, bool BySuffix)
{
    public string Why => BySuffix ? $"file {File} (name suffix)" : $"build constraint in {File}";
}

/// <summary>Everything an upgrade check knows about a module, read as text.</summary>
public sealed record GoModule
{
    public GoModFile? GoMod { get; init; }
    public GoModFile? GoWork { get; init; }
    public IReadOnlyList<GoSourceFile> Files { get; init; } = [];

    /// <summary>Files that are neither go.mod, go.work nor .go (used to spot SWIG interfaces).</summary>
    public IReadOnlyList<string> OtherFiles { get; init; } = [];

    public string? GoLine => GoMod?.Go ?? GoWork?.Go;

    /// <summary>Every GODEBUG setting: go.mod, go.work, then //go:debug lines.</summary>
    public IReadOnlyList<GodebugSetting> Godebug { get; init; } = [];

    /// <summary>Standard-library import paths and the files that import each, by path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> StandardImports { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Qualified identifiers used ("crypto/tls.Config") and the files that use each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Selectors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlySet<string> Members { get; init; } = new HashSet<string>();

    public IReadOnlyList<PlatformMention> Platforms { get; init; } = [];

    public IReadOnlyList<string> CgoFiles { get; init; } = [];

    /// <summary>Files with old // +build lines.</summary>
    public IReadOnlyList<string> PlusBuildFiles { get; init; } = [];

    /// <summary>How many of <see cref="PlusBuildFiles"/> have no //go:build line.</summary>
    public int PlusBuildOnly { get; init; }

    public IReadOnlyList<string> NonStandardImports { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> DotImports { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The //go: directives used besides build and debug, and the files that use each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Directives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
