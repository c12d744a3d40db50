using System.IO.Compression;
using System.Text;

namespace ChangeTracker.Modules.Reading;

/// <summary>
/// Gathers a module's text from a folder, a zip archive, a map of paths to text or a txtar-style paste. Only go.mod,
/// go.work and .go files are read; vendor/, testdata/ and folders starting with "." or "_" are skipped as the go command
/// skips them. Nothing is executed and nothing is written.
/// </summary>
public static class ModuleSources
{
    public static ModuleText FromDirectory(string root, ModuleLimits? limits = null)
    {
        if (!Directory.Exists(root)) throw new ModuleReadException($"{root} is not a folder.");
        var gathered = new Gathered(limits ?? ModuleText.Limits);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!Gathered.Wanted(relative)) continue;
            gathered.Add(relative, new FileInfo(file).Length, () => File.ReadAllText(file));
        }
        return gathered.ToModule();
    }

    public static ModuleText FromZip(Stream zip, ModuleLimits? limits = null)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new ModuleReadException("The upload is not a zip archive.");
        }
        using (archive)
        {
            var gathered = new Gathered(limits ?? ModuleText.Limits);
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            var prefix = CommonRoot(entries.Select(e => e.FullName.Replace('\\', '/')));
            foreach (var entry in entries)
            {
                var relative = entry.FullName.Replace('\\', '/')[prefix.Length..];
                if (!Gathered.Wanted(relative)) continue;
                gathered.Add(relative, entry.Length, () => ReadEntry(entry, gathered.Limits.MaxFileBytes));
            }
            return gathered.ToModule();
        }
    }

    /// <summary>A module given as go.mod text plus a map of relative paths to file text (the API's JSON body).</summary>
    public static ModuleText FromText(string? goMod, string? goWork, IReadOnlyDictionary<string, string>? files, ModuleLimits? limits = null)
    {
        var gathered = new Gathered(limits ?? ModuleText.Limits);
        if (goMod is not null) gathered.Add("go.mod", Encoding.UTF8.GetByteCount(goMod), () => goMod);
        if (goWork is not null) gathered.Add("go.work", Encoding.UTF8.GetByteCount(goWork), () => goWork);
        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            var relative = path.Replace('\\', '/').TrimStart('/');
            if (relative is "go.mod" or "go.work" && (relative == "go.mod" ? goMod : goWork) is not null) continue;
            if (Gathered.Wanted(relative)) gathered.Add(relative, Encoding.UTF8.GetByteCount(text ?? ""), () => text ?? "");
        }
        return gathered.ToModule();
    }

    /// <summary>Files pasted as one text in the txtar form: a line "-- path --" starts each file.</summary>
    public static IReadOnlyDictionary<string, string> ParseTxtar(string? text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new StringBuilder();
        foreach (var line in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                if (current is not null) files[current] = body.ToString();
                current = trimmed[3..^3].Trim();
                body.Clear();
            }
            else if (current is not null)
            {
                body.Append(line).Append('\n');
            }
        }
        if (current is not null) files[current] = body.ToString();
        return files;
    }

    private static string ReadEntry(ZipArchiveEntry entry, long maxBytes)
    {
        using var stream = entry.Open();
        using var bounded = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bounded.Length + read > maxBytes) throw new ModuleReadException($"{entry.FullName} is larger than {maxBytes / 1024 / 1024} MiB.");
            bounded.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(bounded.GetBuffer(), 0, (int)bounded.Length);
    }

    /// <summary>The folder every entry shares when the archive holds one top folder ("mymodule/go.mod" → "mymodule/").</summary>
    private static string CommonRoot(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        var goMod = list.Where(p => p == "go.mod" || p.EndsWith("/go.mod", StringComparison.Ordinal)).OrderBy(p => p.Length).FirstOrDefault();
        if (goMod is null) return "";
        var prefix = goMod[..^"go.mod".Length];
        return list.All(p => p.StartsWith(prefix, StringComparison.Ordinal)) ? prefix : "";
    }

    private sealed class Gathered(ModuleLimits limits)
    {
        private long _total;
        private string? _goMod;
        private string? _goWork;
        private readonly List<ModuleTextFile> _files = [];
        private readonly List<string> _others = [];

        public ModuleLimits Limits => limits;

        public static bool Wanted(string relative)
        {
            var parts = relative.Split('/');
            if (parts.Length == 0 || parts.Any(p => p is ".." or "")) return false;
            if (parts[..^1].Any(p => p is "vendor" or "testdata" || p.StartsWith('.') || p.StartsWith('_'))) return false;
            return true;
        }

        public void Add(string relative, long length, Func<string> read)
        {
            var name = relative.Split('/')[^1];
            var isGo = name.EndsWith(".go", StringComparison.Ordinal) && !name.StartsWith('.') && !name.StartsWith('_');
            if (relative is not ("go.mod" or "go.work") && !isGo)
            {
                if (_others.Count < limits.MaxFiles) _others.Add(relative);
                return;
            }
            if (_files.Count >= limits.MaxFiles) throw new ModuleReadException($"The module has more than {limits.MaxFiles} .go files.");
            if (length > limits.MaxFileBytes) throw new ModuleReadException($"{relative} is larger than {limits.MaxFileBytes / 1024 / 1024} MiB.");
            _total += length;
            if (_total > limits.MaxTotalBytes) throw new ModuleReadException($"The module's files add up to more than {limits.MaxTotalBytes / 1024 / 1024} MiB.");
            var text = read();
            _total += Math.Max(0, text.Length - length); // a zip entry may claim fewer bytes than it holds
            if (_total > limits.MaxTotalBytes) throw new ModuleReadException($"The module's files add up to more than {limits.MaxTotalBytes / 1024 / 1024} MiB.");
            if (relative == "go.mod") _goMod = text;
            else if (relative == "go.work") _goWork = text;
            else _files.Add(new ModuleTextFile(relative, text));
        }

        public ModuleText ToModule() => new(_goMod, _goWork, _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), _others);
    }
}
