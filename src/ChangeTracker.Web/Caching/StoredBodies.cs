using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace ChangeTracker.Web.Caching;

/// <summary>
/// The rendered answers of <see cref="StoredBodyAttribute"/> routes, keyed by data version and URL (so an ingestion that
/// changes the data leaves the old ones unused until they are evicted), within a size budget. Concurrent requests for a
/// body being rendered wait for that one rendering instead of rendering it again.
/// </summary>
public sealed class StoredBodies : IDisposable
{
    /// <summary>Bytes kept at most (identity plus compressed forms).</summary>
    public const long Budget = 64L * 1024 * 1024;

    private readonly MemoryCache _bodies = new(new MemoryCacheOptions { SizeLimit = Budget });
    private readonly ConcurrentDictionary<string, Task<StoredBody?>> _rendering = new(StringComparer.Ordinal);

    public bool TryGet(string key, out StoredBody? body) => _bodies.TryGetValue(key, out body) && body is not null;

    /// <summary>
    /// The stored body, or the one <paramref name="render"/> makes (Rendered), or the one another request is rendering.
    /// Null when it is not storable (not a 200) or the other rendering failed — not Rendered: the caller answers itself.
    /// </summary>
    public async Task<(StoredBody? Body, bool Rendered)> GetOrRenderAsync(string key, Func<Task<StoredBody?>> render)
    {
        if (TryGet(key, out var stored)) return (stored, false);
        var mine = new TaskCompletionSource<StoredBody?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rendering = _rendering.GetOrAdd(key, mine.Task);
        if (rendering != mine.Task)
        {
            try
            {
                return (await rendering, false);
            }
            catch (Exception) when (!mine.Task.IsCompleted)
            {
                return (null, false); // the other rendering failed: the caller renders its own answer
            }
        }
        try
        {
            var body = await render();
            if (body is not null && body.Size <= Budget / 4)
                _bodies.Set(key, body, new MemoryCacheEntryOptions { Size = body.Size, SlidingExpiration = TimeSpan.FromHours(1) });
            mine.SetResult(body);
            return (body, true);
        }
        catch (Exception e)
        {
            mine.SetException(e);
            throw;
        }
        finally
        {
            _rendering.TryRemove(key, out _);
        }
    }

    public void Dispose() => _bodies.Dispose();
}
