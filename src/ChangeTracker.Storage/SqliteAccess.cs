namespace ChangeTracker.Storage;

/// <summary>
/// Whether a SQLite file can be written: the file itself opened for writing, and its folder (SQLite's WAL mode keeps
/// -wal and -shm files beside it). The file is opened for writing for real; the folder is asked of the kernel
/// (access(2)), not read from permission bits, so both hold for root and for immutable files and read-only mounts too.
/// </summary>
public static class SqliteAccess
{
    /// <summary>Why <paramref name="fullPath"/> cannot be written (one phrase naming the file), or null when it can or does not exist yet.</summary>
    public static string? ReadOnlyReason(string fullPath, bool configuredReadOnly)
    {
        if (!File.Exists(fullPath)) return null;
        if (configuredReadOnly) return $"the database {fullPath} is opened read-only (ChangeTracker:Database:ReadOnly=true)";
        if (!FileWritable(fullPath)) return $"the database {fullPath} is read-only";
        if (!FolderWritable(Path.GetDirectoryName(fullPath)!)) return $"the database {fullPath} is in a read-only folder";
        return null;
    }

    /// <summary>Whether a SQLite file (existing or to be created) could be written: false when it or its existing folder cannot be.</summary>
    public static bool CanWrite(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (File.Exists(fullPath)) return FileWritable(fullPath) && FolderWritable(folder);
        return !Directory.Exists(folder) || FolderWritable(folder);
    }

    /// <summary>True when SQLite cannot create its -shm file beside the database and none is there: it must then open it as immutable.</summary>
    public static bool NeedsImmutable(string fullPath) =>
        !File.Exists(fullPath + "-shm") && !FolderWritable(Path.GetDirectoryName(fullPath)!);

    private static bool FileWritable(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether files can be created in <paramref name="folder"/>: access(2) answers on Unix (it reports immutable folders
    /// as EPERM even to root, and read-only mounts as EROFS); a probe file is created and deleted only where it cannot.
    /// </summary>
    private static bool FolderWritable(string folder) => UnixAccess.Writable(folder) ?? ProbeWritable(folder);

    private static bool ProbeWritable(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".changetracker-probe-{Guid.NewGuid():n}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
