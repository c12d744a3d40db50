using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Sources.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port chosen by the OS) with fault-injecting endpoints. It counts requests per
/// path, records the request headers it saw, and tracks how many requests were in flight at once.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    public const string ETagValue = "\"v1\"";
    public static readonly DateTimeOffset LastModifiedValue = new(2024, 3, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private int _inFlight;
    private int _maxInFlight;

    private FaultServer(WebApplication app) => _app = app;

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>Headers of every request, in arrival order: (path, header name → value).</summary>
    public ConcurrentQueue<(string Path, Dictionary<string, string> Headers)> Seen { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Requests(string path) => _requests.TryGetValue(path, out var n) ? n : 0;

    public static async Task<FaultServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FaultServer(app);
        server.Map();
        await app.StartAsync();
        server.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
            Seen.Enqueue((path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            await next(context);
        });

        _app.MapGet("/ok", () => Results.Text("hello from the fault server", "text/plain"));
        _app.MapGet("/always500", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        _app.MapGet("/flaky", () => Requests("/flaky") <= 2
            ? Results.StatusCode(StatusCodes.Status500InternalServerError)
            : Results.Text("third time lucky", "text/plain"));
        // First the connection is dropped before any answer, then the server is unavailable: two different reasons.
        _app.MapGet("/reset-then-503", (HttpContext context) =>
        {
            if (Requests("/reset-then-503") == 1) context.Abort();
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        _app.MapGet("/hang", async (HttpContext context) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, linked.Token);
            }
            catch (OperationCanceledException)
            {
            }
        });
        _app.MapGet("/truncated", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = 10_000;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("<html><body>only the beginning"));
            await context.Response.Body.FlushAsync();
            await Task.Delay(100); // let the client read the headers and the first bytes; an abort is a reset that drops unread data
            context.Abort();
        });
        _app.MapGet("/etag", (HttpContext context) =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == ETagValue)
                return Results.StatusCode(StatusCodes.Status304NotModified);
            context.Response.Headers.ETag = ETagValue;
            context.Response.Headers.LastModified = LastModifiedValue.ToString("R");
            return Results.Text("<html>versioned page</html>", "text/html");
        });
        _app.MapGet("/lastmodified", (HttpContext context) =>
        {
            var since = context.Request.GetTypedHeaders().IfModifiedSince;
            if (since is { } s && s >= LastModifiedValue)
                return Results.StatusCode(StatusCodes.Status304NotModified);
            context.Response.Headers.LastModified = LastModifiedValue.ToString("R");
            return Results.Text("<html>dated page</html>", "text/html");
        });
        _app.MapGet("/useragent", (HttpContext context) => Results.Text(context.Request.Headers.UserAgent.ToString(), "text/plain"));
        _app.MapGet("/slow/{id}", async (string id) =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            int max;
            while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
            {
            }
            try
            {
                await Task.Delay(300);
                return Results.Text($"slow {id}", "text/plain");
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
        _app.MapGet("/doc/devel/release", () => Results.Text("<html>release history</html>", "text/html"));
        _app.MapGet("/huge", async (HttpContext context) =>
        {
            // Up to 1 GiB, chunked (no Content-Length), until the client stops reading.
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                for (var sent = 0L; sent < 1L << 30; sent += chunk.Length)
                    await context.Response.Body.WriteAsync(chunk, linked.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
            }
        });
        _app.MapGet("/huge-declared", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = 200L * 1024 * 1024;
            await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("<html>"));
            await context.Response.Body.FlushAsync();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try { await Task.Delay(Timeout.Infinite, linked.Token); } catch (OperationCanceledException) { }
        });
        _app.MapGet("/loop", () => Results.Redirect("/loop"));
        _app.MapGet("/chain/{n:int}", (int n) => n == 0 ? Results.Text("end of the chain", "text/plain") : Results.Redirect($"/chain/{n - 1}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
