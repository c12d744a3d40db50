using ChangeTracker.Testing;

namespace ChangeTracker.Storage.Tests;

/// <summary>Whether a database file and its folder can be written, learned without writing into the folder.</summary>
public sealed class SqliteAccessTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "changetracker-tests", Guid.NewGuid().ToString("n"))).FullName;

    [Fact]
    public async Task A_writable_folder_is_learned_without_creating_a_file_in_it()
    {
        var database = Path.Combine(_folder, "c.db");
        await File.WriteAllTextAsync(database, "");
        var created = new List<string>();
        using var watcher = new FileSystemWatcher(_folder) { EnableRaisingEvents = true };
        watcher.Created += (_, e) => { lock (created) created.Add(e.Name ?? ""); };

        Assert.Null(SqliteAccess.ReadOnlyReason(database, configuredReadOnly: false));
        Assert.True(SqliteAccess.CanWrite(database));
        Assert.False(SqliteAccess.NeedsImmutable(database));
        await File.WriteAllTextAsync(Path.Combine(_folder, "marker"), ""); // the watcher's events come in order: this one last
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Snapshot(created).Contains("marker") && DateTime.UtcNow < deadline) await Task.Delay(50);

        Assert.Equal(["marker"], Snapshot(created));
    }

    [Fact]
    public void A_folder_made_read_only_is_reported()
    {
        var database = Path.Combine(_folder, "c.db");
        File.WriteAllText(database, "");
        using (new ReadOnlyFiles(_folder))
        {
            Assert.Equal($"the database {database} is in a read-only folder", SqliteAccess.ReadOnlyReason(database, configuredReadOnly: false));
            Assert.False(SqliteAccess.CanWrite(database));
            Assert.True(SqliteAccess.NeedsImmutable(database));
        }
        Assert.True(SqliteAccess.CanWrite(database));
    }

    private static List<string> Snapshot(List<string> created)
    {
        lock (created) return [.. created];
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
