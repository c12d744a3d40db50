using System.Diagnostics;

namespace ChangeTracker.Testing;

/// <summary>
/// Makes files and folders really read-only for this process, and back again when disposed. Root ignores permission
/// bits, so as root (CI) they are made immutable (`chattr +i`, which root cannot write through either); otherwise
/// their write permissions are removed.
/// </summary>
public sealed class ReadOnlyFiles : IDisposable
{
    private readonly List<string> _paths = [];

    public static bool IsRoot => Environment.UserName == "root";

    public ReadOnlyFiles(params string[] paths)
    {
        foreach (var path in paths)
        {
            Protect(path, on: true);
            _paths.Add(path);
        }
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var path in Enumerable.Reverse(_paths)) Protect(path, on: false);
    }

    private static void Protect(string path, bool on)
    {
        if (IsRoot)
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", path]) { RedirectStandardError = true })!;
            var error = chattr.StandardError.ReadToEnd();
            chattr.WaitForExit();
            if (chattr.ExitCode != 0) throw new InvalidOperationException($"chattr {(on ? "+i" : "-i")} {path} failed: {error}");
            return;
        }
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("read-only test files need Linux or macOS");
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode write = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        File.SetUnixFileMode(path, on ? mode & ~write : mode | UnixFileMode.UserWrite);
    }
}
