using System.Runtime.InteropServices;

namespace ChangeTracker.Storage;

/// <summary>
/// The kernel's own answer to "may this process write here?" (access(2) with W_OK), without touching the path: it
/// weighs permission bits, root's override, immutable files and folders (EPERM) and read-only mounts (EROFS) alike.
/// </summary>
internal static class UnixAccess
{
    private const int WriteOk = 2; // W_OK
    private const int NotPermitted = 1, Denied = 13, ReadOnlyFileSystem = 30; // EPERM, EACCES, EROFS (same on Linux and macOS)

    /// <summary>Whether <paramref name="path"/> can be written; null when access(2) cannot say (not Unix, no libc, another error).</summary>
    public static bool? Writable(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return null;
        try
        {
            if (access(path, WriteOk) == 0) return true;
            return Marshal.GetLastPInvokeError() is NotPermitted or Denied or ReadOnlyFileSystem ? false : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int access(string path, int mode);
}
