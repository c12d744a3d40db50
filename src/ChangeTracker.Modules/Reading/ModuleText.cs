namespace ChangeTracker.Modules.Reading;

/// <summary>One file of a module as text, with its path relative to the module root ("/" separated).</summary>
public sealed record ModuleTextFile(string Path, string Text);

/// <summary>A module handed over as text: its go.mod, an optional go.work and the files it is made of.</summary>
public sealed record ModuleText(string? GoMod, string? GoWork, IReadOnlyList<ModuleTextFile> Files, IReadOnlyList<string> OtherFiles)
{
    /// <summary>The largest module read: bigger ones are refused with a sentence, not read in part.</summary>
    public static ModuleLimits Limits { get; } = new(MaxFiles: 20_000, MaxFileBytes: 2 * 1024 * 1024, MaxTotalBytes: 64 * 1024 * 1024);
}

/// <summary>How much of a module is read: files, bytes of one file, bytes in all.</summary>
public sealed record ModuleLimits(int MaxFiles, long MaxFileBytes, long MaxTotalBytes);

/// <summary>A module that cannot be read as asked (too big, not a zip, no go.mod): the message is one sentence for the user.</summary>
public sealed class ModuleReadException(string message) : Exception(message);
