using System.Text;
using ChangeTracker.Domain.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChangeTracker.Sources;

/// <summary>
/// Writes fetched pages into a folder laid out by URL path (<see cref="FolderLayout"/>), so the folder can be read back
/// with <see cref="FolderSource"/>. Each file is written to a temporary file next to it and moved into place, so a reader
/// never sees half a page.
/// </summary>
public sealed class FolderMirrorWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ILogger<FolderMirrorWriter> _logger;

    public FolderMirrorWriter(ILogger<FolderMirrorWriter>? logger = null)
    {
        _logger = logger ?? NullLogger<FolderMirrorWriter>.Instance;
    }

    /// <summary>Saves <paramref name="body"/> as the page <paramref name="path"/> under <paramref name="folder"/>; returns the file written.</summary>
    /// <exception cref="ArgumentException">The path would leave the folder.</exception>
    public async Task<string> SaveAsync(string folder, SourcePath path, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var file = FolderLayout.FullPath(folder, path);
        var directory = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(directory);

        var temp = Path.Combine(directory, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(Utf8NoBom.GetBytes(body), cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, file, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        SourcesLog.Mirrored(_logger, path.Value, file, body.Length);
        return file;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
